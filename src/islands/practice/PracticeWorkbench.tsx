import type { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Verdict } from '../../server/practice/grade.ts';
import { createEditor } from '../code-cell/editor.ts';
import { getSession } from '../progress/progress-store.ts';
import { gradeOnServer, loadSubmissions, type GradeResponse, type Submission } from './grade-client.ts';
import { keepSolve } from './local-solves.ts';
import { loadStatuses, recordLocalStatus, type ProblemStatus } from './practice-status.ts';
import { SubmissionList } from './SubmissionList.tsx';
import { TestList } from './TestList.tsx';

interface Props {
  slug: string;
  title: string;
  starter: string;
  tests: Array<{ name: string; visible: boolean }>;
  timeLimitMs: number;
}

type Mode = 'run' | 'submit';
type State =
  | { phase: 'idle' }
  | { phase: 'grading'; mode: Mode }
  | { phase: 'done'; mode: Mode; result: GradeResponse }
  | { phase: 'failed'; message: string };

const VERDICT_TEXT: Record<Verdict, string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  error: 'Error',
  time_limit: 'Time limit exceeded',
};
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

function draftKey(slug: string): string {
  return `leetllm:practice-draft:${slug}`;
}

function readDraft(slug: string): string | null {
  try {
    return localStorage.getItem(draftKey(slug));
  } catch {
    return null;
  }
}

function writeDraft(slug: string, code: string, starter: string): void {
  try {
    if (code === starter) localStorage.removeItem(draftKey(slug));
    else localStorage.setItem(draftKey(slug), code);
  } catch {
    // storage blocked or full: the draft lives as long as the page
  }
}

function verdictLine(mode: Mode, r: GradeResponse, totalTests: number): string {
  if (mode === 'run') {
    const rest = totalTests - r.total;
    return r.verdict === 'accepted'
      ? `All ${r.total} visible tests pass. Submit to run ${rest > 0 ? `the ${rest} hidden tests too` : 'every test'}.`
      : `${r.passed} of ${r.total} visible tests pass.`;
  }
  return `${r.passed} of ${r.total} tests pass${r.saved ? ' · saved to your submissions' : ''}.`;
}

/** Shows the learner's status next to the problem's title. */
function showStatus(status: ProblemStatus): void {
  const mark = document.querySelector<HTMLElement>('[data-problem-status]');
  if (!mark) return;
  mark.textContent = status === 'solved' ? '✓ Solved' : status === 'attempted' ? 'Attempted' : '';
  mark.dataset['status'] = status;
}

/** The editor, Run / Submit, the verdict with per-test results, and the learner's past submissions. */
export function PracticeWorkbench({ slug, title, starter, tests, timeLimitMs }: Props) {
  const editorHost = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const busy = useRef(false);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [restored, setRestored] = useState(false);
  const [signedIn, setSignedIn] = useState<boolean | undefined>(undefined);
  const [submissions, setSubmissions] = useState<Submission[] | undefined>(undefined);

  const refreshSubmissions = async (): Promise<void> => setSubmissions(await loadSubmissions(slug));

  const grade = async (mode: Mode): Promise<void> => {
    if (busy.current || !view.current) return;
    busy.current = true;
    setState({ phase: 'grading', mode });
    const code = view.current.state.doc.toString();
    const reply = await gradeOnServer(slug, mode, code);
    busy.current = false;
    if (reply.kind === 'error') {
      setState({ phase: 'failed', message: reply.message });
      return;
    }
    if (reply.result.receipt) keepSolve(slug, reply.result.receipt, code);
    setState({ phase: 'done', mode, result: reply.result });
    showStatus(recordLocalStatus(slug, mode === 'submit' && reply.result.verdict === 'accepted'));
    if (mode === 'submit' && reply.result.saved) void refreshSubmissions();
  };

  useEffect(() => {
    if (!editorHost.current) return undefined;
    const draft = readDraft(slug);
    setRestored(draft !== null && draft !== starter);
    view.current = createEditor(
      editorHost.current,
      draft ?? starter,
      `Your solution to ${title}`,
      () => void grade('run'),
      {
        onChange: (text) => writeDraft(slug, text, starter),
        keys: [{ key: 'Mod-Shift-Enter', run: () => void grade('submit') }],
        lineWrapping: true,
      },
    );
    void loadStatuses().then(({ statuses }) => showStatus(statuses[slug] ?? 'new'));
    void getSession().then((session) => {
      setSignedIn(session !== null);
      if (session) void refreshSubmissions();
    });
    return () => view.current?.destroy();
  }, []);

  const replaceCode = (code: string): void => {
    view.current?.dispatch({ changes: { from: 0, to: view.current.state.doc.length, insert: code } });
    view.current?.focus();
  };

  const reset = (): void => {
    if (!window.confirm('Replace your code with the starter code? Your draft will be lost.')) return;
    replaceCode(starter);
    setRestored(false);
    setState({ phase: 'idle' });
  };

  const grading = state.phase === 'grading' ? state.mode : undefined;
  return (
    <section class="workbench" aria-label="Your solution">
      <div class="workbench__bar">
        <span class="workbench__file">solution.py</span>
        <div class="workbench__actions">
          <button
            type="button"
            class="button button--quiet"
            onClick={() => void grade('run')}
            disabled={grading !== undefined}
          >
            {grading === 'run' ? 'Running…' : 'Run'} <kbd aria-hidden="true">{mod}↵</kbd>
          </button>
          <button type="button" class="button" onClick={() => void grade('submit')} disabled={grading !== undefined}>
            {grading === 'submit' ? 'Submitting…' : 'Submit'} <kbd aria-hidden="true">{mod}⇧↵</kbd>
          </button>
          <button type="button" class="button button--quiet" onClick={reset} disabled={grading !== undefined}>
            Reset
          </button>
        </div>
      </div>
      {restored && <p class="workbench__note">Restored your last draft from this browser.</p>}
      <div class="workbench__editor" ref={editorHost} />
      <div class="workbench__result" aria-live="polite">
        {state.phase === 'idle' && (
          <p class="workbench__hint">
            Run grades the {tests.filter((t) => t.visible).length} visible tests; Submit grades all {tests.length} (each
            may take {timeLimitMs / 1000} s).
          </p>
        )}
        {state.phase === 'grading' && (
          <p class="workbench__progress" role="status">
            <span class="spinner" aria-hidden="true" />
            {state.mode === 'run' ? 'Running the visible tests…' : `Grading all ${tests.length} tests…`}
          </p>
        )}
        {state.phase === 'failed' && (
          <p class="verdict verdict--error" role="alert">
            {state.message}
          </p>
        )}
        {state.phase === 'done' && (
          <>
            <div class={`verdict verdict--${state.result.verdict}`} data-verdict={state.result.verdict}>
              <strong>
                {state.mode === 'run' && state.result.verdict === 'accepted'
                  ? 'Visible tests pass'
                  : VERDICT_TEXT[state.result.verdict]}
              </strong>
              <span>{verdictLine(state.mode, state.result, tests.length)}</span>
              <span class="verdict__time">{state.result.durationMs} ms</span>
            </div>
            <TestList tests={state.result.tests} />
          </>
        )}
      </div>
      <SubmissionList signedIn={signedIn} submissions={submissions} onLoad={replaceCode} />
    </section>
  );
}
