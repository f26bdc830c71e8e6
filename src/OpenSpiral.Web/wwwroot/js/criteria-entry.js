// Ctrl+Enter (or Cmd+Enter) in a "one per line" box adds the criteria without leaving the keyboard.
document.querySelectorAll("textarea[data-submit-on-ctrl-enter]").forEach((area) => {
  area.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      area.form.requestSubmit();
    }
  });
});
