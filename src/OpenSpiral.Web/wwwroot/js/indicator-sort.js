// The indicator's sorting board, keyboard first. In a row, 1 to 4 choose a category and 0 clears it;
// the row is saved on its own, the result is announced in a polite live region and the focus moves to
// the next row. Choosing with the mouse or the arrow keys saves the row too.
// Without this script the form works as it is: "Save the sorting" saves the whole page.
(function () {
  'use strict';
  var form = document.querySelector('form[data-sort-board]');
  if (!form || typeof fetch !== 'function') {
    return;
  }

  var action = form.getAttribute('data-row-url');
  var live = form.querySelector('[data-sort-status]');
  var token = form.querySelector('input[name="__RequestVerificationToken"]').value;

  function announce(text) {
    live.textContent = '';
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  function save(row, radio) {
    var data = new FormData();
    data.append('__RequestVerificationToken', token);
    data.append('criterionId', row.getAttribute('data-criterion-id'));
    data.append('category', radio.value);
    var label = radio.parentElement.textContent.replace(/^\s*\d\s*/, '').trim();
    fetch(action, { method: 'POST', body: data, credentials: 'same-origin' }).then(function (response) {
      announce(response.ok ? form.getAttribute('data-saved').replace('{0}', label) : form.getAttribute('data-failed'));
    }, function () {
      announce(form.getAttribute('data-failed'));
    });
  }

  function focusRow(row) {
    if (!row) {
      return;
    }

    var target = row.querySelector('input[type="radio"]:checked') || row.querySelector('input[type="radio"]');
    target.focus();
  }

  form.addEventListener('keydown', function (event) {
    var row = event.target.closest && event.target.closest('[data-sort-row]');
    if (!row || event.ctrlKey || event.altKey || event.metaKey || !/^[0-4]$/.test(event.key)) {
      return;
    }

    var radio = row.querySelector('input[type="radio"][data-key="' + event.key + '"]');
    event.preventDefault();
    radio.checked = true;
    save(row, radio);
    focusRow(row.nextElementSibling);
  });

  form.addEventListener('change', function (event) {
    var row = event.target.closest && event.target.closest('[data-sort-row]');
    if (row && event.target.type === 'radio') {
      save(row, event.target);
    }
  });
})();
