import { loadProblems, type Problem } from '../../content-model/problems.ts';

/**
 * Problems, with their hidden tests and reference solutions, are read from content/ at run time and
 * never bundled into the site. CONTENT_ROOT overrides the project root (tests).
 */
let problems: Map<string, Problem> | undefined;

export function serverProblems(): Map<string, Problem> {
  problems ??= new Map(loadProblems(process.env['CONTENT_ROOT'] ?? process.cwd()).map((p) => [p.slug, p]));
  return problems;
}

export function findProblem(slug: string): Problem | undefined {
  return serverProblems().get(slug);
}
