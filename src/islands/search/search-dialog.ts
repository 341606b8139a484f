/**
 * The search dialog: opened by the header button, "/" or Ctrl/Cmd+K; Pagefind's index loads on first
 * open only. Results update as you type; arrows move, Enter opens, Esc closes (the native <dialog>).
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  debouncedSearch: (
    q: string,
    o: { filters: Record<string, string> },
    ms: number,
  ) => Promise<{ results: Array<{ data: () => Promise<PagefindResult> }> } | null>;
}

const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const list = document.querySelector<HTMLUListElement>('[data-search-results]');
const statusLine = document.querySelector<HTMLElement>('[data-search-status]');
const typeFilter = document.querySelector<HTMLSelectElement>('[data-search-type]');
const trackFilter = document.querySelector<HTMLSelectElement>('[data-search-track]');
const MAX_RESULTS = 8;
let pagefind: Promise<Pagefind> | undefined;
let active = -1;
let generation = 0;

function loadIndex(): Promise<Pagefind> {
  // A runtime path, not a module Vite should bundle: the index is written after the build.
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => {
    await p.options({ excerptLength: 24 });
    return p;
  });
  return pagefind;
}

function options(): HTMLLIElement[] {
  return [...(list?.querySelectorAll<HTMLLIElement>('[role="option"]') ?? [])];
}

function setActive(index: number): void {
  const all = options();
  active = all.length === 0 ? -1 : (index + all.length) % all.length;
  all.forEach((o, i) => o.setAttribute('aria-selected', String(i === active)));
  const current = all[active];
  if (current) {
    input?.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else input?.removeAttribute('aria-activedescendant');
}

function render(results: PagefindResult[], query: string): void {
  if (!list || !statusLine || !input) return;
  list.replaceChildren(
    ...results.map((r, i) => {
      const li = document.createElement('li');
      li.id = `search-result-${i}`;
      li.className = 'search-result';
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      // Options hold no link (a link inside an option is a nested control); choosing one navigates.
      const url = r.url.length > 1 ? r.url.replace(/\/$/, '') : r.url;
      li.dataset['href'] = url;
      li.addEventListener('click', () => location.assign(url));
      const a = document.createElement('span');
      a.className = 'search-result__body';
      const title = document.createElement('span');
      title.className = 'search-result__title';
      title.textContent = r.meta.title ?? r.url;
      const meta = document.createElement('span');
      meta.className = 'search-result__meta';
      meta.textContent = [r.filters['type']?.[0], r.filters['track']?.[0]].filter(Boolean).join(' · ');
      const excerpt = document.createElement('span');
      excerpt.className = 'search-result__excerpt';
      // Pagefind's excerpt is the page's own text, HTML-escaped, with <mark> around the matches.
      excerpt.innerHTML = r.excerpt;
      a.append(title, meta, excerpt);
      li.append(a);
      return li;
    }),
  );
  input.setAttribute('aria-expanded', String(results.length > 0));
  statusLine.textContent =
    query === ''
      ? ''
      : results.length === 0
        ? `No results for “${query}”.`
        : `${results.length} ${results.length === 1 ? 'result' : 'results'} for “${query}”. Enter opens the highlighted one.`;
  setActive(results.length > 0 ? 0 : -1);
}

async function search(): Promise<void> {
  if (!input || !statusLine) return;
  const query = input.value.trim();
  const mine = (generation += 1);
  if (query === '') {
    render([], '');
    return;
  }
  if (!pagefind) statusLine.textContent = 'Loading the search index…';
  try {
    const index = await loadIndex();
    const filters: Record<string, string> = {};
    if (typeFilter?.value) filters['type'] = typeFilter.value;
    if (trackFilter?.value) filters['track'] = trackFilter.value;
    const found = await index.debouncedSearch(query, { filters }, 120);
    if (found === null || mine !== generation) return;
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (mine === generation) render(data, query);
  } catch {
    statusLine.textContent = 'Search is unavailable: its index could not be loaded.';
  }
}

function openSearch(): void {
  if (!dialog || dialog.open) return;
  dialog.showModal();
  input?.focus();
  input?.select();
  void loadIndex().catch(() => undefined);
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

document.querySelectorAll('[data-search-open]').forEach((b) => b.addEventListener('click', openSearch));
document.querySelector('[data-search-close]')?.addEventListener('click', () => dialog?.close());
window.addEventListener('keydown', (event) => {
  const k = event.key.toLowerCase();
  if ((event.ctrlKey || event.metaKey) && k === 'k') {
    event.preventDefault();
    openSearch();
  } else if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target)) {
    event.preventDefault();
    openSearch();
  }
});
dialog?.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close(); // a click on the backdrop
});
input?.addEventListener('input', () => void search());
typeFilter?.addEventListener('change', () => void search());
trackFilter?.addEventListener('change', () => void search());
input?.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const href = options()[active]?.dataset['href'];
    if (href) location.assign(href);
  }
});
export {};
