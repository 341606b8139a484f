/** The header's Menu button on narrow screens: shows or hides the main links; Esc closes them. */
const toggle = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const nav = document.querySelector<HTMLElement>('[data-main-nav]');

function setOpen(open: boolean): void {
  if (!toggle || !nav) return;
  toggle.setAttribute('aria-expanded', String(open));
  nav.classList.toggle('is-open', open);
}

toggle?.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
nav?.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    setOpen(false);
    toggle?.focus();
  }
});
export {};
