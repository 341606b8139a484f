import { useEffect, useState } from 'preact/hooks';
import { getSession, loadCompletions, rememberReceipt } from '../progress/progress-store.ts';

export interface QuizQuestion {
  id: string;
  promptHtml: string;
  choicesHtml: string[];
  /** Plain text of each choice: math-only choices otherwise give their radio no accessible name. */
  choicesText: string[];
}

interface Props {
  lesson: string;
  questions: QuizQuestion[];
}

interface Graded {
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  results: Array<{ id: string; correct: boolean; answer: number; explanation: string }>;
  receipt?: string;
}

const LETTERS = ['A', 'B', 'C', 'D'];

/** The mastery check: choose, submit, see each explanation, retry; a pass (> 75%) completes the lesson. */
export function Quiz({ lesson, questions }: Props) {
  const [answers, setAnswers] = useState<Array<number | undefined>>(() => questions.map(() => undefined));
  const [graded, setGraded] = useState<Graded | undefined>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [completedAt, setCompletedAt] = useState<string | undefined>();

  useEffect(() => {
    // Choices made in the server-rendered form before this island hydrated are kept.
    const chosen = questions.map((q) => {
      const input = document.querySelector<HTMLInputElement>(`input[name="${q.id}"]:checked`);
      return input ? Number(input.value) : undefined;
    });
    if (chosen.some((c) => c !== undefined)) setAnswers(chosen);
    void loadCompletions().then(({ completions }) => {
      setCompletedAt(completions.find((c) => c.lesson === lesson)?.completedAt);
    });
  }, []);

  const answered = answers.filter((a) => a !== undefined).length;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (answered < questions.length || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const res = await fetch(`/api/quiz/${lesson}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      });
      const body = (await res.json()) as Graded & { error?: { message: string } };
      if (!res.ok) throw new Error(body.error?.message ?? `The server answered ${res.status}.`);
      setGraded(body);
      const missed = body.results.filter((r) => !r.correct).map((r) => r.id);
      if (missed.length > 0 && !(await getSession())) {
        // An anonymous learner's deck lives in this browser; the scheduler loads only when it is needed.
        const { addLocalCards } = await import('../review/local-deck.ts');
        addLocalCards(lesson, missed);
      }
      document.dispatchEvent(new CustomEvent('leetllm:review-changed'));
      if (body.passed) {
        if (body.receipt) rememberReceipt(lesson, body.receipt);
        setCompletedAt((at) => at ?? new Date().toISOString());
        document.dispatchEvent(new CustomEvent('leetllm:progress-changed'));
      }
      document.getElementById('quiz-result')?.focus();
    } catch (e) {
      setError(
        e instanceof Error && e.message !== 'Failed to fetch' ? e.message : 'Could not reach the server. Try again.',
      );
    } finally {
      setBusy(false);
    }
  };

  const retry = (): void => {
    setGraded(undefined);
    setAnswers(questions.map(() => undefined));
    document.getElementById('quiz-title')?.scrollIntoView({ block: 'start' });
  };

  return (
    <div class="quiz-island">
      {completedAt && (
        <p class="quiz-complete" role="status">
          <span aria-hidden="true">✓</span> You completed this lesson on{' '}
          {new Date(completedAt).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' })}.
        </p>
      )}
      <form class="quiz" aria-labelledby="quiz-title" onSubmit={(e) => void submit(e)} noValidate>
        <ol>
          {questions.map((q, i) => {
            const result = graded?.results[i];
            return (
              <li
                class={`question${result ? (result.correct ? ' is-right' : ' is-wrong') : ''}`}
                id={`q-${q.id}`}
                key={q.id}
              >
                <fieldset disabled={graded !== undefined}>
                  <legend>
                    <span class="question__number">Question {i + 1}.</span>{' '}
                    <span dangerouslySetInnerHTML={{ __html: q.promptHtml }} />
                  </legend>
                  {q.choicesHtml.map((choice, c) => (
                    <label class={`choice${result && result.answer === c ? ' is-answer' : ''}`} key={c}>
                      <input
                        type="radio"
                        name={q.id}
                        aria-label={`${LETTERS[c] ?? ''}: ${q.choicesText[c] ?? ''}`}
                        value={c}
                        checked={answers[i] === c}
                        onChange={() => setAnswers((prev) => prev.map((a, j) => (j === i ? c : a)))}
                      />
                      <span class="choice__letter" aria-hidden="true">
                        {LETTERS[c]}
                      </span>
                      <span dangerouslySetInnerHTML={{ __html: choice }} />
                    </label>
                  ))}
                  {result && (
                    <div class="question__feedback">
                      <p>
                        <strong>
                          {result.correct ? 'Right.' : `Not quite: the answer is ${LETTERS[result.answer] ?? ''}.`}
                        </strong>{' '}
                        {result.explanation}
                      </p>
                    </div>
                  )}
                </fieldset>
              </li>
            );
          })}
        </ol>
        {graded ? (
          <div
            class={`quiz-result ${graded.passed ? 'is-passed' : 'is-failed'}`}
            id="quiz-result"
            tabIndex={-1}
            role="status"
          >
            <p class="quiz-result__score">
              {graded.score} of {graded.total} right ({graded.percent}%).{' '}
              {graded.passed ? 'Passed: this lesson is complete.' : 'Not passed yet: a pass needs more than 75%.'}
            </p>
            {!graded.passed && <p>Read the explanations above, revisit the sections they point to, then try again.</p>}
            {graded.score < graded.total && (
              <p>
                The {graded.total - graded.score} {graded.total - graded.score === 1 ? 'question' : 'questions'} you
                missed joined your <a href="/review">review deck</a>; they come back when you are about to forget them.
              </p>
            )}
            <button type="button" class="button button--quiet" onClick={retry}>
              Try again
            </button>
          </div>
        ) : (
          <div class="quiz-submit">
            <button type="submit" class="button" disabled={answered < questions.length || busy}>
              {busy ? 'Checking…' : 'Check my answers'}
            </button>
            <span class="muted" aria-live="polite">
              {answered < questions.length ? `${answered} of ${questions.length} answered` : 'All answered'}
            </span>
          </div>
        )}
        {error && (
          <p class="quiz-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </div>
  );
}
