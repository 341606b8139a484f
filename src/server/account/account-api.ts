import type { App } from '../app.ts';
import { sessionUser } from '../auth/session.ts';
import { errorResponse } from '../http/errors.ts';
import { practiceSummary } from '../practice/practice-api.ts';
import { allSubmissions } from '../practice/practice.repository.ts';
import { exportReviewData } from '../review/review.repository.ts';
import { activeHours } from '../progress/activity.ts';
import { listAttempts, listCompletions } from '../progress/progress.repository.ts';
import { getProgress } from '../progress/progress.service.ts';
import { serverCurriculum } from '../quiz/answer-keys.ts';

const NO_STORE = { 'cache-control': 'no-store' };

/**
 * GET /api/account: who is signed in, their progress, solved problems, their ten latest attempts, and the
 * UTC hours they were active in (the page computes the streak in the learner's time zone).
 */
export async function handleAccount(app: App, request: Request): Promise<Response> {
  const user = await sessionUser(app, request);
  if (!user) return errorResponse('unauthorized', 'Sign in to see your account.');
  const [progress, attempts, practice, hours] = await Promise.all([
    getProgress(app.db.kysely, user.id, serverCurriculum()),
    listAttempts(app.db.kysely, user.id, 10),
    practiceSummary(app, user.id),
    activeHours(app.db.kysely, user.id),
  ]);
  return Response.json(
    {
      user,
      progress,
      practice: { solved: practice.solved, total: practice.total },
      recentAttempts: attempts.map((a) => ({
        lesson: a.lesson,
        score: a.score,
        total: a.total,
        passed: a.passed === 1,
        at: a.created_at,
      })),
      activeHours: hours,
    },
    { headers: NO_STORE },
  );
}

/** GET /api/account/export: the learner's profile, progress, attempts, submissions and review deck, as a JSON download. */
export async function handleExport(app: App, request: Request): Promise<Response> {
  const user = await sessionUser(app, request);
  if (!user) return errorResponse('unauthorized', 'Sign in to export your data.');
  const db = app.db.kysely;
  const [profile, completions, attempts, submissions, review] = await Promise.all([
    app.auth.api.getSession({ headers: request.headers }),
    listCompletions(db, user.id),
    db.selectFrom('quiz_attempt').selectAll().where('user_id', '=', user.id).orderBy('created_at').execute(),
    allSubmissions(db, user.id),
    exportReviewData(db, user.id),
  ]);
  const data = {
    exportedAt: new Date().toISOString(),
    user: profile?.user,
    completions: completions.map((c) => ({ lesson: c.lesson, completedAt: c.completed_at })),
    attempts: attempts.map((a) => ({
      lesson: a.lesson,
      score: a.score,
      total: a.total,
      passed: a.passed === 1,
      answers: JSON.parse(a.answers) as number[],
      at: a.created_at,
    })),
    practiceSubmissions: submissions.map((s) => ({
      problem: s.problem,
      verdict: s.verdict,
      passed: s.passed,
      total: s.total,
      durationMs: s.duration_ms,
      code: s.code,
      at: s.created_at,
    })),
    review,
  };
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      ...NO_STORE,
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': 'attachment; filename="leetllm-my-data.json"',
    },
  });
}
