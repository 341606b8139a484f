import type { App } from '../app.ts';
import { authSecret } from '../auth/auth-secret.ts';
import { sessionUser } from '../auth/session.ts';
import { errorResponse } from '../http/errors.ts';
import { readJsonBody } from '../http/read-body.ts';
import { refuseCrossOrigin } from '../http/same-origin.ts';
import { signReceipt } from '../progress/receipts.ts';
import { lessonWithCheck } from './answer-keys.ts';
import { QuizBodySchema } from './quiz.ts';
import { gradeAnswers } from './quiz.service.ts';
import { saveAttempt } from './save-attempt.ts';

export const MAX_QUIZ_BODY = 16 * 1024;

/**
 * POST /api/quiz/<track>/<slug> {answers} -> {score, total, percent, passed, results}. Signed-in attempts
 * are kept, a pass completes the lesson and missed questions join the review deck; an anonymous pass gets
 * a signed receipt to merge later.
 */
export async function handleQuiz(app: App, request: Request, trackId: string, slug: string): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const found = lessonWithCheck(trackId, slug);
  if (!found) return errorResponse('not_found', `No lesson with a mastery check at ${trackId}/${slug}.`);
  const body = await readJsonBody(request, QuizBodySchema, MAX_QUIZ_BODY);
  if (body instanceof Response) return body;
  const expected = found.check.questions.length;
  if (body.answers.length !== expected) {
    return errorResponse(
      'bad_request',
      `answers: expected ${expected} answers (one per question), got ${body.answers.length}.`,
    );
  }
  const result = gradeAnswers(found.check, body.answers);
  const lesson = `${trackId}/${slug}`;
  const user = await sessionUser(app, request);
  let receipt: string | undefined;
  if (user) {
    await saveAttempt(app.db.kysely, user.id, lesson, body.answers, result);
  } else if (result.passed) {
    receipt = signReceipt(lesson, new Date(), authSecret());
  }
  return Response.json({ ...result, ...(receipt ? { receipt } : {}) }, { headers: { 'cache-control': 'no-store' } });
}
