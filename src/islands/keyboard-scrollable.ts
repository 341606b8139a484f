/**
 * Display math wider than its column scrolls sideways; such a region must be reachable by keyboard to be
 * scrolled. Only overflowing ones get a tab stop, re-checked when the width changes.
 */
function mark(): void {
  for (const el of document.querySelectorAll<HTMLElement>('.katex-display')) {
    if (el.scrollWidth > el.clientWidth + 1) {
      el.tabIndex = 0;
      el.setAttribute('role', 'group');
      el.setAttribute('aria-label', 'Equation (scrolls sideways)');
    } else if (el.hasAttribute('tabindex')) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
    }
  }
}

mark();
let pending = 0;
window.addEventListener('resize', () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(mark);
});
