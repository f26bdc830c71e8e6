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

  // Whatever happens to the polls (a request that never answers, a sleeping tab), the page
  // reloads itself every few seconds, so that it never stays behind.
  window.setTimeout(function () { window.location.reload(); }, 6000);

  function poll() {
    var controller = typeof AbortController === 'function' ? new AbortController() : null;
    var timer = controller ? window.setTimeout(function () { controller.abort(); }, 3000) : 0;
    fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal: controller ? controller.signal : undefined })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (status) {
        window.clearTimeout(timer);
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
      .catch(function () {
        window.clearTimeout(timer);
        window.setTimeout(poll, 2000);
      });
  }

  window.setTimeout(poll, 300);
}());
