import { loadStatuses, type ProblemStatus } from './practice-status.ts';

/** /practice: marks each problem new / attempted / solved and filters the list by track, difficulty, status. */
const form = document.querySelector<HTMLFormElement>('[data-practice-filters]');
const rows = [...document.querySelectorAll<HTMLLIElement>('[data-problem-list] > li')];
const shown = document.querySelector<HTMLElement>('[data-shown-count]');
const empty = document.querySelector<HTMLElement>('[data-empty]');
const LABELS: Record<ProblemStatus, string> = { new: 'New', attempted: 'Attempted', solved: '✓ Solved' };

function applyFilters(): void {
  if (!form) return;
  const data = new FormData(form);
  const wanted = (name: string): string => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  let count = 0;
  for (const row of rows) {
    const visible =
      (!wanted('track') || row.dataset['track'] === wanted('track')) &&
      (!wanted('difficulty') || row.dataset['difficulty'] === wanted('difficulty')) &&
      (!wanted('status') || row.dataset['status'] === wanted('status'));
    row.hidden = !visible;
    if (visible) count += 1;
  }
  if (shown) shown.textContent = `Showing ${count} of ${rows.length}`;
  if (empty) empty.hidden = count > 0;
  const params = new URLSearchParams();
  for (const name of ['track', 'difficulty', 'status']) if (wanted(name)) params.set(name, wanted(name));
  history.replaceState(null, '', params.size > 0 ? `?${params.toString()}` : location.pathname);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) {
    const value = params.get(select.name);
    if (value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  form.addEventListener('change', applyFilters);
  document.querySelector('[data-clear-filters]')?.addEventListener('click', () => {
    form.reset();
    applyFilters();
  });
  applyFilters();
}

const { signedIn, statuses } = await loadStatuses();
let solved = 0;
for (const row of rows) {
  const status = statuses[row.dataset['slug'] ?? ''] ?? 'new';
  if (status === 'solved') solved += 1;
  row.dataset['status'] = status;
  const label = row.querySelector('[data-status-label]');
  if (label) label.textContent = LABELS[status];
}
const summary = document.querySelector('[data-solved-summary]');
if (summary && (solved > 0 || signedIn)) {
  summary.textContent = `You have solved ${solved} of ${rows.length}${signedIn ? '' : ' (in this browser; sign in to keep them)'}.`;
}
applyFilters();
