import type { RatingName } from '../../server/review/scheduler.ts';
import { getSession } from '../progress/progress-store.ts';
import { localDue, removeLocalCard, reviewLocalCard } from './local-deck.ts';

/** One card as the review page shows it: never its answer before the learner commits. */
export interface ReviewItem {
  /** The server's card id, or "<lesson>#<questionId>" for a browser deck. */
  id: string;
  lesson: string;
  questionId: string;
  lessonTitle: string;
  lessonPath: string;
  /** HTML (inline code and KaTeX rendered by the server). */
  prompt: string;
  choices: string[];
  choicesText: string[];
}

export interface Checked {
  correct: boolean;
  answer: number;
  explanation: string;
}

export interface Scheduled {
  rating: RatingName;
  due: string;
  scheduledDays: number;
}

export interface ReviewSource {
  signedIn: boolean;
  items: ReviewItem[];
  nextDue: string | null;
  check: (item: ReviewItem, choice: number) => Promise<Checked>;
  rate: (item: ReviewItem, choice: number, correct: boolean, rating: RatingName) => Promise<Scheduled>;
}

async function post<T>(url: string, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new Error('Could not reach the server. Check your connection and try again.');
  }
  const data = (await response.json().catch(() => ({}))) as T & { error?: { message?: string } };
  if (!response.ok) throw new Error(data.error?.message ?? `The server answered ${response.status}.`);
  return data;
}

async function accountSource(): Promise<ReviewSource> {
  const response = await fetch('/api/review/due?limit=100', { credentials: 'same-origin', cache: 'no-store' });
  if (!response.ok) throw new Error(`Could not load your deck (the server answered ${response.status}).`);
  const body = (await response.json()) as { cards: ReviewItem[]; nextDue: string | null };
  return {
    signedIn: true,
    items: body.cards,
    nextDue: body.nextDue,
    check: (item, choice) => post<Checked>(`/api/review/${item.id}`, { choice }),
    rate: async (item, choice, _correct, rating) =>
      (await post<Checked & { next: Scheduled }>(`/api/review/${item.id}`, { choice, rating })).next,
  };
}

async function browserSource(): Promise<ReviewSource> {
  const { due, nextDue } = localDue();
  let items: ReviewItem[] = [];
  if (due.length > 0) {
    const body = await post<{ questions: Array<Omit<ReviewItem, 'id'> & { removed?: true }> }>(
      '/api/review/questions',
      { items: due.slice(0, 100).map(({ lesson, questionId }) => ({ lesson, questionId })) },
    );
    for (const q of body.questions) {
      if (q.removed) removeLocalCard(q.lesson, q.questionId);
      else items.push({ ...q, id: `${q.lesson}#${q.questionId}` });
    }
  }
  items = items.slice(0, 100);
  return {
    signedIn: false,
    items,
    nextDue,
    check: (item, choice) =>
      post<Checked>('/api/review/check', { lesson: item.lesson, questionId: item.questionId, choice }),
    rate: (item, _choice, correct, rating) => {
      const next = reviewLocalCard(item.lesson, item.questionId, correct, rating);
      return next ? Promise.resolve(next) : Promise.reject(new Error('This card is no longer in your deck.'));
    },
  };
}

/** The learner's due cards: the account's when signed in, this browser's otherwise. */
export async function loadReviewSource(): Promise<ReviewSource> {
  return (await getSession()) ? accountSource() : browserSource();
}
