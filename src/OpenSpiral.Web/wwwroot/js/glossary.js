// Escape hides a glossary definition shown on hover or focus; it shows again once the pointer or focus leaves and comes back.
document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') {
        return;
    }

    document.querySelectorAll('.glossary-mark:hover, .glossary-mark:focus-within').forEach((mark) => mark.classList.add('glossary-dismissed'));
});

const reset = (event) => {
    const mark = event.target instanceof Element ? event.target.closest('.glossary-mark') : null;
    if (mark && !mark.contains(event.relatedTarget)) {
        mark.classList.remove('glossary-dismissed');
    }
};

document.addEventListener('focusout', reset);
document.addEventListener('mouseout', reset);
