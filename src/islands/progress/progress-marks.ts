/**
 * Marks completed lessons wherever the page lists them (sidebar, /learn, track pages), fills the
 * "N of 155 completed" summary, and shows "continue where you left off" on the home page.
 */
import { lastLesson, loadCompletions, rememberLastLesson } from './progress-store.ts';

function lessonKeyOf(href: string): string | undefined {
  const m = /^\/learn\/([a-z0-9-]+)\/([a-z0-9-]+)$/.exec(href);
  return m ? `${m[1]}/${m[2]}` : undefined;
}

async function markProgress(): Promise<void> {
  const { completions } = await loadCompletions();
  const done = new Set(completions.map((c) => c.lesson));
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lesson-link]')) {
    const key = lessonKeyOf(link.getAttribute('href') ?? '');
    if (!key || !done.has(key)) continue;
    link.classList.add('is-done');
    if (!link.querySelector('.done-mark')) {
      const mark = document.createElement('span');
      mark.className = 'done-mark';
      mark.innerHTML = '<span aria-hidden="true">✓</span><span class="visually-hidden"> (completed)</span>';
      link.append(mark);
    }
  }
  for (const counter of document.querySelectorAll<HTMLElement>('[data-track-done]')) {
    const track = counter.dataset['trackDone'] ?? '';
    const total = counter.dataset['total'] ?? '';
    const n = [...done].filter((l) => l.startsWith(`${track}/`)).length;
    counter.textContent = n > 0 ? `✓ ${n}/${total}` : '';
    counter.title = `${n} of ${total} lessons of this track completed`;
    counter.hidden = n === 0;
  }
  for (const summary of document.querySelectorAll<HTMLElement>('[data-progress-summary]')) {
    const total = Number(summary.dataset['total'] ?? '0');
    const label = summary.querySelector('[data-progress-label]');
    const bar = summary.querySelector<HTMLProgressElement>('progress');
    if (label) label.textContent = `${done.size} of ${total} completed`;
    if (bar) {
      bar.max = total;
      bar.value = done.size;
    }
    summary.hidden = false;
  }
}

function resumeCard(): void {
  const card = document.querySelector<HTMLElement>('[data-continue]');
  const last = lastLesson();
  if (!card || !last) return;
  const link = card.querySelector<HTMLAnchorElement>('a');
  if (!link) return;
  link.href = last.path;
  link.textContent = `Step ${last.step}: ${last.title}`;
  card.hidden = false;
}

const here = document.querySelector<HTMLElement>('[data-current-lesson]');
if (here) {
  rememberLastLesson({
    path: here.dataset['path'] ?? location.pathname,
    title: here.dataset['title'] ?? document.title,
    step: Number(here.dataset['step'] ?? '0'),
  });
}
resumeCard();
void markProgress();
document.addEventListener('leetllm:progress-changed', () => void markProgress());
