// Follows a running criteria import: polls its progress and reloads the page when the step ends.
// Without JavaScript, the page refreshes itself instead (a <noscript> meta refresh).
(function () {
  'use strict';
  var box = document.querySelector('[data-import-progress]');
  if (!box) {
    return;
  }

  var url = box.getAttribute('data-import-progress');
  var state = box.getAttribute('data-state');
  var bar = box.querySelector('progress');
  var percent = box.querySelector('[data-percent]');

  // Every few seconds the page reloads anyway, so that it never stays behind if polling fails.
  var polls = 0;

  function poll() {
    polls += 1;
    if (polls % 8 === 0) {
      window.location.reload();
      return;
    }

    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        if (status) {
          bar.value = status.percent;
          bar.textContent = status.percent + ' %';
          percent.textContent = status.percent + ' %';
          if (status.state !== state) {
            window.location.reload();
            return;
          }
        }

        window.setTimeout(poll, 700);
      })
      .catch(function () { window.setTimeout(poll, 2000); });
  }

  window.setTimeout(poll, 300);
}());
