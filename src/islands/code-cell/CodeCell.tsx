import type { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState } from 'preact/hooks';
import { createEditor } from './editor.ts';
import { runOnServer, type RunReply } from './run-client.ts';

interface Props {
  title: string;
  original: string;
  committedOutput: string;
  onClose: () => void;
}

type State = { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; reply: RunReply };

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** An editable, runnable copy of one lesson code block, with its output panel. */
export function CodeCell({ title, original, committedOutput, onClose }: Props) {
  const editorHost = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const running = useRef(false);

  const run = async (): Promise<void> => {
    if (running.current || !view.current) return;
    running.current = true;
    setState({ phase: 'running' });
    const reply = await runOnServer(view.current.state.doc.toString());
    running.current = false;
    setState({ phase: 'done', reply });
  };

  useEffect(() => {
    if (!editorHost.current) return undefined;
    view.current = createEditor(editorHost.current, original, `Code of ${title}`, () => void run());
    view.current.focus();
    return () => view.current?.destroy();
  }, []);

  const reset = (): void => {
    view.current?.dispatch({ changes: { from: 0, to: view.current.state.doc.length, insert: original } });
    setState({ phase: 'idle' });
    view.current?.focus();
  };

  return (
    <div class="code-cell" role="group" aria-label={`Editable copy of ${title}`}>
      <div class="code-cell__bar">
        <span class="code-cell__title">{title}</span>
        <div class="code-cell__actions">
          <button type="button" class="code-cell__run" onClick={() => void run()} disabled={state.phase === 'running'}>
            {state.phase === 'running' ? 'Running…' : 'Run'}
            <kbd aria-hidden="true">{isMac ? '⌘↵' : 'Ctrl+↵'}</kbd>
          </button>
          <button type="button" onClick={reset}>
            Reset
          </button>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
      <div class="code-cell__editor" ref={editorHost} />
      <p class="code-cell__hint">
        {isMac ? '⌘' : 'Ctrl'}+Enter runs the code. Press Esc, then Tab, to leave the editor.
      </p>
      <div class="code-cell__output" aria-live="polite" aria-busy={state.phase === 'running'}>
        <Output state={state} committedOutput={committedOutput} />
      </div>
    </div>
  );
}

function Output({ state, committedOutput }: { state: State; committedOutput: string }) {
  if (state.phase === 'idle') {
    return (
      <>
        <div class="code-output__label">Output from the lesson</div>
        <pre>
          <samp>{committedOutput}</samp>
        </pre>
      </>
    );
  }
  if (state.phase === 'running') {
    return (
      <p class="code-cell__status">
        <span class="code-cell__spinner" aria-hidden="true" /> Running in the sandbox…
      </p>
    );
  }
  const { reply } = state;
  if (reply.kind !== 'result') {
    return (
      <>
        <p class="code-cell__notice" role="alert">
          {reply.kind === 'unavailable' ? `Live runs are unavailable here: ${reply.message}` : reply.message}
        </p>
        <div class="code-output__label">Output from the lesson</div>
        <pre>
          <samp>{committedOutput}</samp>
        </pre>
      </>
    );
  }
  const r = reply.result;
  const notices: string[] = [];
  if (r.timedOut) notices.push('Stopped: the run passed its time limit.');
  if (r.truncated) notices.push('Output was cut: the run printed more than 64 KiB.');
  if (r.memoryExceeded) notices.push('Stopped: the run used more memory than its limit.');
  if (r.signal === 'SIGXCPU') notices.push('Stopped: the run used up its CPU time.');
  return (
    <>
      <div class="code-output__label">Output of your run</div>
      {r.stdout !== '' && (
        <pre>
          <samp>{r.stdout}</samp>
        </pre>
      )}
      {r.stderr !== '' && (
        <pre class="code-cell__stderr" aria-label="Errors and warnings (stderr)">
          <samp>{r.stderr}</samp>
        </pre>
      )}
      {r.stdout === '' && r.stderr === '' && <p class="code-cell__status">The program printed nothing.</p>}
      {notices.map((n) => (
        <p class="code-cell__notice" key={n}>
          {n}
        </p>
      ))}
      <p class="code-cell__status">
        Exit status {r.exitCode}
        {r.signal ? ` (${r.signal})` : ''} · {r.durationMs} ms
      </p>
    </>
  );
}
