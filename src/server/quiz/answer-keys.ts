import { findLesson, type Curriculum, type CurriculumLesson } from '../../content-model/curriculum.ts';
import { isWritten, loadCheck, loadCurriculum } from '../../content-model/lessons.ts';
import type { Check } from '../../schemas/check.ts';

/**
 * Answer keys are read from content/ at run time, never bundled: the built site and server code hold
 * no answers or explanations. CONTENT_ROOT overrides the project root (tests).
 */
function root(): string {
  return process.env['CONTENT_ROOT'] ?? process.cwd();
}

let curriculum: Curriculum | undefined;
const checks = new Map<string, Check>();

export function serverCurriculum(): Curriculum {
  curriculum ??= loadCurriculum(root());
  return curriculum;
}

/** The written lesson at "<track>/<slug>" with its full check, or undefined for an unknown or unwritten one. */
export function lessonWithCheck(trackId: string, slug: string): { lesson: CurriculumLesson; check: Check } | undefined {
  const lesson = findLesson(serverCurriculum(), trackId, slug);
  if (!lesson || !isWritten(root(), lesson)) return undefined;
  const key = `${trackId}/${slug}`;
  let check = checks.get(key);
  if (!check) {
    check = loadCheck(root(), lesson);
    checks.set(key, check);
  }
  return { lesson, check };
}
