/**
 * Adds "Edit & Run" to every runnable code block of a lesson page. The editor (CodeMirror + Preact) is
 * downloaded only when a learner asks for it, so reading a lesson costs no editor JavaScript.
 */
/** The block's exact source: expressive-code keeps it for its copy button, with U+007F for newlines. */
function sourceOf(frame: Element): string {
  const copied = frame.querySelector<HTMLElement>('.copy button')?.dataset['code'];
  if (copied !== undefined) return copied.replace(/\u007f/g, '\n');
  return [...frame.querySelectorAll('.ec-line .code')]
    .map((line) => (line.textContent ?? '').replace(/\n$/, ''))
    .join('\n');
}

let warmed = false;

async function open(frame: HTMLElement, panel: HTMLElement, button: HTMLButtonElement): Promise<void> {
  if (!warmed) {
    warmed = true;
    // Starts the server's warm pool while the editor downloads; the answer itself is not needed here.
    void fetch('/api/run', { cache: 'no-store' }).catch(() => undefined);
  }
  button.disabled = true;
  button.textContent = 'Loading editor…';
  try {
    const { mountCodeCell } = await import('./mount.tsx');
    const host = document.createElement('div');
    frame.before(host);
    frame.hidden = true;
    panel.hidden = true;
    mountCodeCell(host, {
      title: frame.querySelector('.title')?.textContent ?? 'main.py',
      original: sourceOf(frame),
      committedOutput: panel.querySelector('samp')?.textContent ?? '',
      onClose: () => {
        host.remove();
        frame.hidden = false;
        panel.hidden = false;
        button.focus();
      },
    });
  } catch {
    button.textContent = 'Editor failed to load: retry';
    return;
  } finally {
    button.disabled = false;
  }
  button.textContent = 'Edit & Run';
}

for (const panel of document.querySelectorAll<HTMLElement>('.code-output')) {
  const frame = panel.previousElementSibling;
  if (!(frame instanceof HTMLElement) || !frame.classList.contains('expressive-code')) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'code-output__edit';
  button.textContent = 'Edit & Run';
  button.setAttribute('aria-label', `Edit & Run ${frame.querySelector('.title')?.textContent ?? 'this code'}`);
  button.addEventListener('click', () => void open(frame, panel, button));
  panel.querySelector('.code-output__label')?.after(button);
}
