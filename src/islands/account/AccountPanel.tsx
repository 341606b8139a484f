import { useEffect, useState } from 'preact/hooks';
import { field } from './form-field.ts';
import { ReviewPanel } from './ReviewPanel.tsx';
import { streakOf, type Streak } from './streak.ts';

interface Account {
  user: { id: string; email: string; name: string };
  progress: {
    done: number;
    total: number;
    percent: number;
    label: string;
    tracks: Array<{ id: string; title: string; done: number; total: number }>;
    completed: Array<{ lesson: string; completedAt: string }>;
  };
  practice: { solved: number; total: number };
  /** UTC hours "YYYY-MM-DDTHH" with activity, for the streak */
  activeHours: string[];
  recentAttempts: Array<{ lesson: string; score: number; total: number; passed: boolean; at: string }>;
}

type State =
  | { phase: 'loading' }
  | { phase: 'anonymous' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; account: Account };

const when = (iso: string): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

function streakText({ current, longest, activeToday }: Streak): string {
  if (longest === 0) return 'No streak yet: a mastery check, a practice submission or a review starts one.';
  if (current === 0)
    return `No streak right now (longest: ${days(longest)}). A mastery check, a practice submission or a review today starts a new one.`;
  const best = current === longest ? 'your longest' : `longest: ${days(longest)}`;
  return activeToday
    ? `${days(current)} in a row, today included (${best}).`
    : `${days(current)} in a row (${best}): a mastery check, a practice submission or a review today keeps it going.`;
}

/** The account page: progress, streak, recent attempts, export, sign out, delete. */
export function AccountPanel() {
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | undefined>();

  useEffect(() => {
    const load = (): void => {
      fetch('/api/account', { credentials: 'same-origin', cache: 'no-store' })
        .then(async (r) => {
          if (r.status === 401) return setState({ phase: 'anonymous' });
          if (!r.ok) return setState({ phase: 'error', message: `The server answered ${r.status}.` });
          setState({ phase: 'ready', account: (await r.json()) as Account });
        })
        .catch(() => setState({ phase: 'error', message: 'Could not reach the server.' }));
    };
    load();
    // A merge of this browser's passes and solves can finish after the first load.
    document.addEventListener('leetllm:progress-changed', load);
    return () => document.removeEventListener('leetllm:progress-changed', load);
  }, []);

  const signOut = async (): Promise<void> => {
    await fetch('/api/auth/sign-out', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    location.assign('/');
  };

  const remove = async (event: Event): Promise<void> => {
    event.preventDefault();
    const password = field(new FormData(event.currentTarget as HTMLFormElement), 'password');
    setDeleting(true);
    setDeleteError(undefined);
    const res = await fetch('/api/auth/delete-user', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(password ? { password } : {}),
    });
    if (res.ok) {
      location.assign('/?account=deleted');
      return;
    }
    const data = (await res.json().catch(() => ({}))) as { message?: string };
    setDeleteError(data.message ?? `The server answered ${res.status}.`);
    setDeleting(false);
  };

  if (state.phase === 'loading')
    return (
      <p class="muted" aria-busy="true">
        Loading your account…
      </p>
    );
  if (state.phase === 'error') return <p role="alert">{state.message}</p>;
  if (state.phase === 'anonymous') {
    return (
      <div class="account-empty">
        <p>You are not signed in. Progress you make without an account stays in this browser.</p>
        <p>
          <a class="button" href="/login?next=/account">
            Sign in
          </a>{' '}
          <a class="button button--quiet" href="/signup?next=/account">
            Create an account
          </a>
        </p>
      </div>
    );
  }
  const { user, progress, practice, recentAttempts, activeHours } = state.account;
  return (
    <div class="account">
      <section aria-labelledby="who">
        <h2 id="who">{user.name || user.email}</h2>
        <p class="muted">{user.email}</p>
        <button type="button" class="button button--quiet" onClick={() => void signOut()}>
          Sign out
        </button>
      </section>

      <section aria-labelledby="progress-title">
        <h2 id="progress-title">Progress</h2>
        <p class="account-progress">
          <strong>{progress.label} lessons completed</strong> ({progress.percent}%)
        </p>
        <progress max={progress.total} value={progress.done} aria-label="Lessons completed" />
        <p class="account-progress">
          <a href="/practice?status=solved">
            {practice.solved} of {practice.total} practice problems solved
          </a>
        </p>
        <p class="account-progress" data-streak>
          {streakText(streakOf(activeHours))}
        </p>
        <ul class="account-tracks">
          {progress.tracks.map((t) => (
            <li key={t.id}>
              <span>{t.title}</span>
              <span class="muted">
                {t.done}/{t.total}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <ReviewPanel />
      <section aria-labelledby="attempts-title">
        <h2 id="attempts-title">Recent mastery checks</h2>
        {recentAttempts.length === 0 ? (
          <p class="muted">No attempts yet. Every lesson ends with a mastery check; your attempts will show here.</p>
        ) : (
          <table class="account-attempts">
            <thead>
              <tr>
                <th scope="col">Lesson</th>
                <th scope="col">Score</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {recentAttempts.map((a) => (
                <tr key={a.at + a.lesson}>
                  <td>
                    <a href={`/learn/${a.lesson}`}>{a.lesson.split('/')[1]?.replace(/-/g, ' ')}</a>
                  </td>
                  <td>
                    {a.score}/{a.total} {a.passed ? '✓ passed' : ''}
                  </td>
                  <td>{when(a.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>
          <a class="button button--quiet" href="/api/account/export" download>
            Export my data (JSON)
          </a>
        </p>
        <details class="account-delete">
          <summary>Delete my account</summary>
          <form onSubmit={(e) => void remove(e)}>
            <p>
              This deletes your account, sessions, completions and attempts from this server at once. It cannot be
              undone.
            </p>
            <label>
              Your password (leave empty if you signed in with GitHub or Google)
              <input name="password" type="password" autoComplete="current-password" />
            </label>
            {deleteError && (
              <p role="alert" class="auth-error">
                {deleteError}
              </p>
            )}
            <button type="submit" class="button danger" disabled={deleting}>
              {deleting ? 'Deleting…' : 'Delete my account and all my data'}
            </button>
          </form>
        </details>
      </section>
    </div>
  );
}
