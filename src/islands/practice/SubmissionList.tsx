import type { Submission } from './grade-client.ts';

const VERDICT: Record<Submission['verdict'], string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  error: 'Error',
  time_limit: 'Time limit',
};

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

interface Props {
  signedIn: boolean | undefined;
  submissions: Submission[] | undefined;
  onLoad: (code: string) => void;
}

/** The signed-in learner's past submissions to this problem, newest first, each loadable into the editor. */
export function SubmissionList({ signedIn, submissions, onLoad }: Props) {
  if (signedIn === undefined) return null;
  return (
    <section class="submissions" aria-labelledby="submissions-title">
      <h2 id="submissions-title">Your submissions</h2>
      {!signedIn && (
        <p class="muted">
          <a href={`/login?next=${encodeURIComponent(location.pathname)}`}>Sign in</a> to keep every submission and
          count solved problems in your progress. Your draft is saved in this browser either way.
        </p>
      )}
      {signedIn && submissions === undefined && <p class="muted">Loading your submissions…</p>}
      {signedIn && submissions?.length === 0 && <p class="muted">No submissions yet. Submit to grade every test.</p>}
      {signedIn && submissions && submissions.length > 0 && (
        <ol class="submissions__list">
          {submissions.map((s) => (
            <li key={s.id}>
              <span class={`submissions__verdict submissions__verdict--${s.verdict}`}>{VERDICT[s.verdict]}</span>
              <span>
                {s.passed}/{s.total} tests
              </span>
              <time dateTime={s.at}>{when(s.at)}</time>
              <button type="button" class="button button--quiet" onClick={() => onLoad(s.code)}>
                Load code
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
