// The classification board, keyboard first. In a row's empty code box (or anywhere else in the row but
// a text box), 1, 2 or 3 takes that suggestion; Enter in the code box saves the code typed; choosing a
// code in the list saves it too. Each row is saved on its own, the page stays, the result is announced
// in a polite live region and the focus moves to the next criterion left to classify.
// Without this script the form works as before: Enter or "Save the classification" saves the whole page.
(function () {
  'use strict';
  var form = document.querySelector('form[data-board]');
  if (!form || typeof fetch !== 'function') {
    return;
  }

  var action = form.getAttribute('data-row-action');
  var live = document.querySelector('[data-board-live]');
  var keys = document.querySelector('[data-board-keys]');
  var done = document.querySelector('[data-board-done]');
  var progress = document.getElementById('progress');
  var progressLabel = document.querySelector('label[for="progress"]');
  var codes = {};
  document.querySelectorAll('#component-codes option').forEach(function (option) {
    codes[option.value.toUpperCase()] = true;
  });
  if (keys) {
    keys.hidden = false;
  }

  function codeBox(row) { return row.querySelector('input.code-input'); }

  function announce(text) {
    // Emptied first, so that the same message said twice is announced twice.
    live.textContent = '';
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  // A box holding a code that is not saved yet.
  function isDirty(box) {
    var value = box.value.trim().toUpperCase();
    return value !== '' && value !== (box.getAttribute('data-saved') || '');
  }

  // Another row holds a typed code: then the whole page is saved at once, as without the script.
  function othersDirty(row) {
    return Array.prototype.some.call(form.querySelectorAll('tr.board-row'), function (other) {
      return other !== row && isDirty(codeBox(other));
    });
  }

  function focusNext(row) {
    var rows = Array.prototype.slice.call(form.querySelectorAll('tr.board-row'));
    var left = rows.filter(function (r) { return r.getAttribute('data-classified') !== 'true'; });
    var after = left.filter(function (r) { return rows.indexOf(r) > rows.indexOf(row); });
    var next = after[0] || left[0];
    if (next) {
      codeBox(next).focus();
    } else if (done) {
      done.hidden = false;
      done.querySelector('a').focus();
    }
  }

  function showError(row, message) {
    var box = codeBox(row);
    var id = box.name.replace(/[[\]]/g, '_') + '-error';
    var error = document.getElementById(id);
    if (!error) {
      error = document.createElement('span');
      error.id = id;
      error.className = 'field-error';
      box.parentNode.appendChild(error);
    }

    error.setAttribute('role', 'alert');
    error.textContent = message;
    box.setAttribute('aria-invalid', 'true');
    box.setAttribute('aria-describedby', id);
  }

  function clearError(row) {
    var box = codeBox(row);
    var error = document.getElementById(box.name.replace(/[[\]]/g, '_') + '-error');
    if (error) {
      error.remove();
    }

    box.removeAttribute('aria-invalid');
    box.removeAttribute('aria-describedby');
  }

  function save(row, code, rank) {
    if (row.getAttribute('data-saving') === 'true') {
      return;
    }

    var data = new FormData();
    data.append('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
    data.append('id', row.getAttribute('data-criterion'));
    data.append('code', code);
    if (rank) {
      data.append('rank', String(rank));
    }

    data.append('shown', row.getAttribute('data-shown') === 'true' ? 'true' : 'false');
    row.setAttribute('data-saving', 'true');
    fetch(action, { method: 'POST', body: data, credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        row.removeAttribute('data-saving');
        if (!result.ok) {
          var errors = result.body.errors || {};
          var message = (errors.code || errors.rank || [result.body.title])[0];
          live.textContent = '';
          showError(row, message); // Said at once by its role, beside its box.
          codeBox(row).focus();
          return;
        }

        var saved = result.body;
        var box = codeBox(row);
        clearError(row);
        box.value = saved.code;
        box.setAttribute('data-saved', saved.code);
        row.querySelector('[data-board-current]').textContent = ' · ' + saved.code;
        row.setAttribute('data-classified', 'true');
        if (progress) {
          progress.max = Math.max(1, saved.total);
          progress.value = saved.classified;
          progress.textContent = saved.classified + ' / ' + saved.total;
        }

        if (progressLabel) {
          progressLabel.textContent = saved.progress;
        }

        announce(saved.message);
        focusNext(row);
      })
      .catch(function () {
        row.removeAttribute('data-saving');
        announce(live.getAttribute('data-failed'));
      });
  }

  function takeSuggestion(row, rank) {
    var button = row.querySelector('button[name="accept"][aria-keyshortcuts="' + rank + '"]');
    if (!button) {
      return false;
    }

    save(row, button.value.split(':')[1], rank);
    return true;
  }

  form.addEventListener('keydown', function (event) {
    var row = event.target.closest('tr.board-row');
    if (!row || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
      return;
    }

    var box = codeBox(row);
    var inCodeBox = event.target === box;
    if (event.key === 'Enter' && inCodeBox) {
      if (box.value.trim() === '' || othersDirty(row)) {
        return; // The form's default button saves the page, as without the script.
      }

      event.preventDefault();
      save(row, box.value.trim(), null);
      return;
    }

    // A digit is a suggestion's key only where it cannot be part of what is typed: codes start with a letter.
    var typing = event.target.matches('input[type="text"], textarea, select, [contenteditable]');
    if (/^[123]$/.test(event.key) && (!typing || (inCodeBox && box.value === ''))) {
      if (takeSuggestion(row, Number(event.key))) {
        event.preventDefault();
      }
    }
  });

  // A code chosen in the list (not typed) is saved at once.
  form.addEventListener('input', function (event) {
    var row = event.target.closest('tr.board-row');
    if (!row || event.target !== codeBox(row) || (event.inputType && event.inputType !== 'insertReplacementText')) {
      return;
    }

    var value = event.target.value.trim().toUpperCase();
    if (codes[value] && value !== (event.target.getAttribute('data-saved') || '') && !othersDirty(row)) {
      save(row, value, null);
    }
  });

  // A suggestion's button pressed saves its row alone, unless other rows hold typed codes.
  form.addEventListener('click', function (event) {
    var button = event.target.closest('button[name="accept"]');
    var row = button && button.closest('tr.board-row');
    if (!row || othersDirty(row)) {
      return;
    }

    event.preventDefault();
    save(row, button.value.split(':')[1], Number(button.getAttribute('aria-keyshortcuts')));
  });
}());
