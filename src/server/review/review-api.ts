import { plainText, renderRichText } from '../../content-model/rich-text.ts';
import type { App } from '../app.ts';
import { sessionUser } from '../auth/session.ts';
import { clientAddress } from '../http/client-address.ts';
import { errorResponse } from '../http/errors.ts';
import { RateLimiter } from '../http/rate-limit.ts';
import { readJsonBody } from '../http/read-body.ts';
import { refuseCrossOrigin } from '../http/same-origin.ts';
import {
  CheckBodySchema,
  DueQuerySchema,
  MergeDeckSchema,
  QuestionsBodySchema,
  ReviewBodySchema,
  SettingsBodySchema,
} from './review.ts';
import {
  dueCards,
  getSettings,
  mergeDeck,
  questionOf,
  reviewCard,
  reviewStats,
  saveSettings,
} from './review.service.ts';

const NO_STORE = { 'cache-control': 'no-store' };
export const REVIEWS_PER_MINUTE = 120;
const limiter = new RateLimiter(REVIEWS_PER_MINUTE, 60_000);

function signInRequired(): Response {
  return errorResponse(
    'unauthorized',
    'Sign in to review with your account; without one your deck stays in this browser.',
  );
}

function rateLimited(request: Request, peer: string): Response | undefined {
  const wait = limiter.hit(clientAddress(request, peer));
  if (wait === 0) return undefined;
  return errorResponse('rate_limited', `Too many review requests. Try again in ${wait} s.`, {
    headers: { 'retry-after': String(wait) },
  });
}

/** GET /api/review/due?limit= -> {cards, dueCount, nextDue}: questions without their answers. */
export async function handleDue(app: App, request: Request): Promise<Response> {
  const user = await sessionUser(app, request);
  if (!user) return signInRequired();
  const query = DueQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return errorResponse('bad_request', 'limit: expected a whole number from 0 to 100.');
  return Response.json(await dueCards(app.db.kysely, user.id, query.data.limit), { headers: NO_STORE });
}

/** POST /api/review/<cardId> {choice, rating?}: checks the answer; with a rating, schedules the card. */
export async function handleReview(app: App, request: Request, peer: string, cardId: string): Promise<Response> {
  const refused = refuseCrossOrigin(request) ?? rateLimited(request, peer);
  if (refused) return refused;
  const user = await sessionUser(app, request);
  if (!user) return signInRequired();
  const body = await readJsonBody(request, ReviewBodySchema, 1024);
  if (body instanceof Response) return body;
  const outcome = await reviewCard(app.db.kysely, user.id, cardId, body.choice, body.rating);
  if (!outcome) return errorResponse('not_found', 'No such card in your deck (its question may have been removed).');
  return Response.json(outcome, { headers: NO_STORE });
}

/** POST /api/review/check {lesson, questionId, choice}: grades one answer for an anonymous deck. */
export async function handleCheck(request: Request, peer: string): Promise<Response> {
  const refused = refuseCrossOrigin(request) ?? rateLimited(request, peer);
  if (refused) return refused;
  const body = await readJsonBody(request, CheckBodySchema, 2048);
  if (body instanceof Response) return body;
  const found = questionOf(body.lesson, body.questionId);
  if (!found) return errorResponse('not_found', `No question ${body.questionId} in ${body.lesson}.`);
  return Response.json(
    {
      correct: body.choice === found.question.answer,
      answer: found.question.answer,
      explanation: renderRichText(found.question.explanation),
    },
    { headers: NO_STORE },
  );
}

/** POST /api/review/questions {items}: the prompts and choices of an anonymous deck's cards. */
export async function handleQuestions(request: Request): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const body = await readJsonBody(request, QuestionsBodySchema, 64 * 1024);
  if (body instanceof Response) return body;
  const questions = body.items.map(({ lesson, questionId }) => {
    const found = questionOf(lesson, questionId);
    if (!found) return { lesson, questionId, removed: true as const };
    return {
      lesson,
      questionId,
      lessonTitle: found.lesson.title,
      lessonPath: found.lesson.path,
      prompt: renderRichText(found.question.prompt),
      choices: found.question.choices.map(renderRichText),
      choicesText: found.question.choices.map(plainText),
    };
  });
  return Response.json({ questions }, { headers: NO_STORE });
}

/** POST /api/review/merge {cards, reviews}: moves this browser's deck into the account (idempotent). */
export async function handleMergeDeck(app: App, request: Request): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const user = await sessionUser(app, request);
  if (!user) return signInRequired();
  const body = await readJsonBody(request, MergeDeckSchema, 2 * 1024 * 1024);
  if (body instanceof Response) return body;
  return Response.json(await mergeDeck(app.db.kysely, user.id, body), { headers: NO_STORE });
}

/** GET /api/review/settings and PUT {mode, desiredRetention}; GET includes the deck's statistics. */
export async function handleSettings(app: App, request: Request): Promise<Response> {
  const user = await sessionUser(app, request);
  if (!user) return signInRequired();
  if (request.method === 'PUT') {
    const refused = refuseCrossOrigin(request);
    if (refused) return refused;
    const body = await readJsonBody(request, SettingsBodySchema, 1024);
    if (body instanceof Response) return body;
    await saveSettings(app.db.kysely, user.id, body);
  }
  const [settings, stats] = await Promise.all([
    getSettings(app.db.kysely, user.id),
    reviewStats(app.db.kysely, user.id),
  ]);
  return Response.json({ settings, stats }, { headers: NO_STORE });
}
