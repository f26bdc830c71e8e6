// The public kiosk goes back to its first screen after a while without a touch or a key, so that
// the next person never sees what the previous one wrote. Without JavaScript, "Finish" does it.
(function () {
  "use strict";
  var body = document.body;
  var start = body.getAttribute("data-start-url");
  var seconds = parseInt(body.getAttribute("data-idle-seconds") || "0", 10);
  if (!start || !(seconds > 0)) {
    return;
  }

  var atStart = window.location.pathname === start && !window.location.search;
  var timer = 0;

  function reset() {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      // Forget unsent text too: the browser would otherwise restore it on "back".
      Array.prototype.forEach.call(document.querySelectorAll("textarea"), function (t) { t.value = ""; });
      window.location.replace(start);
    }, seconds * 1000);
  }

  if (atStart) {
    return;
  }

  ["pointerdown", "keydown", "input", "scroll", "touchstart"].forEach(function (name) {
    window.addEventListener(name, reset, { passive: true, capture: true });
  });
  reset();
})();
