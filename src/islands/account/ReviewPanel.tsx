import { useEffect, useState } from 'preact/hooks';
import type { ReviewStats } from '../../server/review/review.service.ts';
import type { ReviewSettings } from '../../server/review/review.ts';
import { MAX_RETENTION, MIN_RETENTION } from '../../server/review/scheduler.ts';

interface Loaded {
  settings: ReviewSettings;
  stats: ReviewStats;
}

const CELL = 12;
const GAP = 3;

/** Reviews per day for the last 90 days: columns are weeks, rows weekdays, darker is more. */
function Heatmap({ perDay }: { perDay: ReviewStats['perDay'] }) {
  const first = new Date(`${perDay[0]?.day ?? '2000-01-01'}T00:00:00Z`).getUTCDay();
  const weeks = Math.ceil((perDay.length + first) / 7);
  const total = perDay.reduce((n, d) => n + d.count, 0);
  const active = perDay.filter((d) => d.count > 0).length;
  const level = (n: number): number => (n === 0 ? 0 : n <= 2 ? 0.35 : n <= 5 ? 0.6 : 1);
  return (
    <svg
      class="review-heatmap"
      viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`}
      role="img"
      aria-label={`Reviews per day for the last 90 days: ${total} reviews on ${active} days.`}
    >
      {perDay.map((d, i) => {
        const slot = i + first;
        return (
          <rect
            key={d.day}
            x={Math.floor(slot / 7) * (CELL + GAP)}
            y={(slot % 7) * (CELL + GAP)}
            width={CELL}
            height={CELL}
            rx={2}
            fill={d.count === 0 ? 'var(--surface-2)' : 'var(--accent)'}
            fill-opacity={d.count === 0 ? 1 : level(d.count)}
            stroke="var(--border)"
          >
            <title>
              {d.day}: {d.count} {d.count === 1 ? 'review' : 'reviews'}
            </title>
          </rect>
        );
      })}
    </svg>
  );
}

/** The account's review deck: cards by state, reviews per day, measured retention, and the settings. */
export function ReviewPanel() {
  const [data, setData] = useState<Loaded | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const load = async (init?: RequestInit): Promise<void> => {
    try {
      const r = await fetch('/api/review/settings', { credentials: 'same-origin', cache: 'no-store', ...init });
      const body = (await r.json()) as Loaded & { error?: { message: string } };
      if (!r.ok) throw new Error(body.error?.message ?? `The server answered ${r.status}.`);
      setData(body);
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not reach the server.');
      throw e;
    }
  };

  useEffect(() => {
    const reload = (): void => void load().catch(() => undefined);
    reload();
    document.addEventListener('leetllm:review-changed', reload);
    return () => document.removeEventListener('leetllm:review-changed', reload);
  }, []);

  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setSaved(undefined);
    try {
      await load({
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ mode: form.get('mode'), desiredRetention: Number(form.get('retention')) }),
      });
      setSaved('Saved.');
    } catch {
      // the error is shown
    } finally {
      setBusy(false);
    }
  };

  if (!data) {
    return (
      <section aria-labelledby="review-title">
        <h2 id="review-title">Review</h2>
        {error ? <p role="alert">{error}</p> : <p class="muted">Loading your deck…</p>}
      </section>
    );
  }
  const { stats, settings } = data;
  const cards = Object.values(stats.byState).reduce((a, b) => a + b, 0);
  return (
    <section aria-labelledby="review-title" class="account-review">
      <h2 id="review-title">Review</h2>
      <p>
        <strong>
          {cards} {cards === 1 ? 'card' : 'cards'}
        </strong>{' '}
        in your deck: {stats.byState['new']} new, {stats.byState['learning']} learning, {stats.byState['review']} in
        review, {stats.byState['relearning']} relearning. <a href="/review">Review now</a>
      </p>
      <p>
        {stats.retention === null
          ? 'No reviews in the last 90 days yet.'
          : `Measured retention: ${Math.round(stats.retention * 100)}% of ${stats.reviews} reviews in the last 90 days were rated Good or Easy.`}
      </p>
      <Heatmap perDay={stats.perDay} />
      <form class="review-settings" onSubmit={(e) => void save(e)}>
        <fieldset>
          <legend>Which questions join your deck</legend>
          <label>
            <input type="radio" name="mode" value="missed" defaultChecked={settings.mode === 'missed'} /> Missed
            questions only
          </label>
          <label>
            <input type="radio" name="mode" value="all" defaultChecked={settings.mode === 'all'} /> Also every question
            of the lessons I complete
          </label>
        </fieldset>
        <label class="review-retention">
          Desired retention
          <input
            type="number"
            name="retention"
            min={MIN_RETENTION}
            max={MAX_RETENTION}
            step="0.01"
            defaultValue={String(settings.desiredRetention)}
            required
          />
          <span class="muted">
            The chance of still knowing a card when it comes back ({MIN_RETENTION} to {MAX_RETENTION}). Higher means
            shorter intervals and more reviews.
          </span>
        </label>
        <button type="submit" class="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save review settings'}
        </button>
        <span role="status" class="muted">
          {saved}
        </span>
        {error && <p role="alert">{error}</p>}
      </form>
    </section>
  );
}
