// Paper entry: after a digit from 1 to 5, move on to the next box (then the profile selects), so that
// a whole questionnaire is typed without the mouse. Without JavaScript, Tab does the same.
(() => {
  const form = document.querySelector('form.paper-entry');
  if (!form) {
    return;
  }

  const fields = () => Array.from(form.querySelectorAll('input.digit, select.paper-next'));
  form.addEventListener('input', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.classList.contains('digit') || !/^[1-5]$/.test(box.value)) {
      return;
    }

    const all = fields();
    const next = all[all.indexOf(box) + 1];
    if (next) {
      next.focus();
      if (next instanceof HTMLInputElement) {
        next.select();
      }
    }
  });
})();
