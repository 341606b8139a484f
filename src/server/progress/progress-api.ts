import type { App } from '../app.ts';
import { authSecret } from '../auth/auth-secret.ts';
import { sessionUser } from '../auth/session.ts';
import { errorResponse } from '../http/errors.ts';
import { readJsonBody } from '../http/read-body.ts';
import { refuseCrossOrigin } from '../http/same-origin.ts';
import { serverCurriculum } from '../quiz/answer-keys.ts';
import { practiceSummary } from '../practice/practice-api.ts';
import { MergeBodySchema } from './progress.ts';
import { getProgress, mergeReceipts } from './progress.service.ts';

const NO_STORE = { 'cache-control': 'no-store' };

function signInRequired(): Response {
  return errorResponse(
    'unauthorized',
    'Sign in to keep progress on the server; without an account it stays in this browser.',
  );
}

/** GET /api/progress: completions, per-track counts, "N of 155" and solved practice problems. */
export async function handleGetProgress(app: App, request: Request): Promise<Response> {
  const user = await sessionUser(app, request);
  if (!user) return signInRequired();
  const [progress, practice] = await Promise.all([
    getProgress(app.db.kysely, user.id, serverCurriculum()),
    practiceSummary(app, user.id),
  ]);
  return Response.json(
    { ...progress, practice: { solved: practice.solved, total: practice.total } },
    { headers: NO_STORE },
  );
}

/** POST /api/progress/merge {receipts}: adds an anonymous learner's signed completions to the account. */
export async function handleMerge(app: App, request: Request): Promise<Response> {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  const user = await sessionUser(app, request);
  if (!user) return signInRequired();
  const body = await readJsonBody(request, MergeBodySchema, 256 * 1024);
  if (body instanceof Response) return body;
  const { merged, rejected } = await mergeReceipts(
    app.db.kysely,
    user.id,
    body.receipts,
    authSecret(),
    serverCurriculum(),
  );
  const progress = await getProgress(app.db.kysely, user.id, serverCurriculum());
  return Response.json({ merged, rejected, progress }, { headers: NO_STORE });
}
