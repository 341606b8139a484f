import { useEffect, useRef, useState } from 'preact/hooks';
import type { RatingName } from '../../server/review/scheduler.ts';
import { loadReviewSource, type Checked, type ReviewSource } from './review-client.ts';

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'answering'; choice: number | undefined; busy: boolean; error?: string | undefined }
  | { kind: 'checked'; choice: number; result: Checked; busy: boolean; error?: string | undefined }
  | { kind: 'done' };

const RATING_BUTTONS: Array<{ rating: RatingName; label: string }> = [
  { rating: 'again', label: 'Again' },
  { rating: 'hard', label: 'Hard' },
  { rating: 'good', label: 'Good' },
  { rating: 'easy', label: 'Easy' },
];

function formatDue(iso: string): string {
  const days = Math.round((new Date(iso).getTime() - Date.now()) / 86_400_000);
  const date = new Date(iso).toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });
  if (days <= 0) return `today (${date})`;
  return days === 1 ? `tomorrow (${date})` : `in ${days} days (${date})`;
}

/** Today's due cards one at a time: 1-4 to choose, Enter to check, 1-4 to rate; then a summary. */
export function ReviewSession() {
  const [source, setSource] = useState<ReviewSource | undefined>(undefined);
  const [index, setIndex] = useState(0);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [tally, setTally] = useState({ reviewed: 0, right: 0, nextDue: null as string | null });
  const heading = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    loadReviewSource()
      .then((s) => {
        setSource(s);
        setTally((t) => ({ ...t, nextDue: s.nextDue }));
        live.current = { ...live.current, source: s, item: s.items[0] };
        update(s.items.length > 0 ? { kind: 'answering', choice: undefined, busy: false } : { kind: 'done' });
      })
      .catch((e: unknown) => update({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }));
  }, []);

  const item = source?.items[index];
  // Key presses can arrive faster than renders: handlers read and write the latest state through this ref.
  const live = useRef({ phase, item, source, index });
  live.current = { ...live.current, item, source, index };
  const update = (next: Phase): void => {
    live.current.phase = next;
    setPhase(next);
  };

  const check = async (): Promise<void> => {
    const { phase: now, source: src, item: card } = live.current;
    if (!src || !card || now.kind !== 'answering' || now.choice === undefined || now.busy) return;
    const choice = now.choice;
    update({ ...now, busy: true, error: undefined });
    try {
      const result = await src.check(card, choice);
      update({ kind: 'checked', choice, result, busy: false });
    } catch (e) {
      update({ ...now, busy: false, error: e instanceof Error ? e.message : String(e) });
    }
  };

  const rate = async (rating: RatingName): Promise<void> => {
    const { phase: now, source: src, item: card, index: at } = live.current;
    if (!src || !card || now.kind !== 'checked' || now.busy) return;
    if (!now.result.correct && rating !== 'again') return;
    update({ ...now, busy: true, error: undefined });
    try {
      const next = await src.rate(card, now.choice, now.result.correct, rating);
      setTally((t) => ({
        reviewed: t.reviewed + 1,
        right: t.right + (now.result.correct ? 1 : 0),
        nextDue: t.nextDue === null || next.due < t.nextDue ? next.due : t.nextDue,
      }));
      if (at + 1 < src.items.length) {
        live.current.index = at + 1;
        live.current.item = src.items[at + 1];
        setIndex(at + 1);
        update({ kind: 'answering', choice: undefined, busy: false });
      } else {
        update({ kind: 'done' });
      }
      document.dispatchEvent(new CustomEvent('leetllm:review-changed'));
    } catch (e) {
      update({ ...now, busy: false, error: e instanceof Error ? e.message : String(e) });
    }
  };

  useEffect(() => {
    if (phase.kind === 'answering' && phase.choice === undefined) heading.current?.focus({ preventScroll: true });
    if (phase.kind === 'checked' && !phase.busy) resultRef.current?.focus();
    if (phase.kind === 'done') heading.current?.focus({ preventScroll: true });
  }, [phase.kind, index]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const { phase: now, item: card } = live.current;
      const n = Number(event.key);
      if (now.kind === 'answering' && card) {
        if (n >= 1 && n <= card.choices.length) {
          event.preventDefault();
          update({ ...now, choice: n - 1 });
        } else if (event.key === 'Enter') {
          event.preventDefault();
          void check();
        }
      } else if (now.kind === 'checked') {
        const button = RATING_BUTTONS[n - 1];
        if (button) {
          event.preventDefault();
          void rate(button.rating);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (phase.kind === 'loading') {
    return (
      <p class="review-status" role="status">
        <span class="spinner" aria-hidden="true" /> Loading your deck…
      </p>
    );
  }
  if (phase.kind === 'failed') {
    return (
      <p class="review-error" role="alert">
        {phase.message}
      </p>
    );
  }
  if (phase.kind === 'done' || !source || !item) {
    const reviewedAny = tally.reviewed > 0;
    return (
      <section class="review-summary" aria-labelledby="review-summary-title">
        <h2 id="review-summary-title" tabIndex={-1} ref={heading}>
          {reviewedAny ? 'Session complete' : 'Nothing to review right now'}
        </h2>
        {reviewedAny && (
          <p data-review-summary>
            You reviewed {tally.reviewed} {tally.reviewed === 1 ? 'card' : 'cards'} and answered {tally.right} right.
          </p>
        )}
        <p>
          {tally.nextDue
            ? `Your next card is due ${formatDue(tally.nextDue)}.`
            : 'Your deck is empty. Questions you miss in a mastery check join it, and come back here when they are due.'}
        </p>
        {!source?.signedIn && (
          <p class="muted">
            Your deck lives in this browser. <a href="/signup?next=/review">Create an account</a> to keep it everywhere.
          </p>
        )}
        <p>
          <a href="/learn">Back to the curriculum</a>
        </p>
      </section>
    );
  }

  const total = source.items.length;
  const checked = phase.kind === 'checked' ? phase : undefined;
  const chosen = phase.kind === 'answering' ? phase.choice : phase.choice;
  return (
    <section class="review-card" aria-labelledby="review-card-title">
      <p class="review-progress">
        Card {index + 1} of {total} · <a href={`${item.lessonPath}#q-${item.questionId}`}>{item.lessonTitle}</a>
      </p>
      <h2 id="review-card-title" tabIndex={-1} ref={heading} dangerouslySetInnerHTML={{ __html: item.prompt }} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <fieldset disabled={checked !== undefined}>
          <legend class="visually-hidden">Choose an answer (keys 1 to {item.choices.length})</legend>
          <ol class="review-choices">
            {item.choices.map((html, i) => {
              const state = checked
                ? i === checked.result.answer
                  ? 'right'
                  : i === checked.choice
                    ? 'wrong'
                    : undefined
                : undefined;
              return (
                <li key={i} class={state ? `review-choice review-choice--${state}` : 'review-choice'}>
                  <label>
                    <input
                      type="radio"
                      name="choice"
                      value={i}
                      checked={chosen === i}
                      aria-label={`${i + 1}: ${item.choicesText[i] ?? ''}`}
                      onChange={() => phase.kind === 'answering' && update({ ...phase, choice: i })}
                    />
                    <kbd aria-hidden="true">{i + 1}</kbd>
                    <span dangerouslySetInnerHTML={{ __html: html }} />
                  </label>
                </li>
              );
            })}
          </ol>
        </fieldset>
        {phase.kind === 'answering' && (
          <button type="submit" class="button" disabled={phase.choice === undefined || phase.busy}>
            {phase.busy ? 'Checking…' : 'Check'} <kbd aria-hidden="true">Enter</kbd>
          </button>
        )}
      </form>
      {checked && (
        <div class="review-result" tabIndex={-1} ref={resultRef} aria-live="polite">
          <p
            class={
              checked.result.correct ? 'review-verdict review-verdict--right' : 'review-verdict review-verdict--wrong'
            }
          >
            {checked.result.correct ? 'Right.' : `Not quite: the answer is choice ${checked.result.answer + 1}.`}
          </p>
          <p class="review-explanation" dangerouslySetInnerHTML={{ __html: checked.result.explanation }} />
          <p class="review-rate-label">
            {checked.result.correct
              ? 'How well did you know it? (keys 1 to 4)'
              : 'A wrong answer is rated Again (key 1): the card comes back soon.'}
          </p>
          <div class="review-ratings" role="group" aria-label="Rate your recall">
            {RATING_BUTTONS.map((b, i) => (
              <button
                type="button"
                key={b.rating}
                class={b.rating === 'good' ? 'button' : 'button button--quiet'}
                disabled={checked.busy || (!checked.result.correct && b.rating !== 'again')}
                onClick={() => void rate(b.rating)}
              >
                {b.label} <kbd aria-hidden="true">{i + 1}</kbd>
              </button>
            ))}
          </div>
        </div>
      )}
      {(phase.kind === 'answering' || phase.kind === 'checked') && phase.error && (
        <p class="review-error" role="alert">
          {phase.error}
        </p>
      )}
    </section>
  );
}
