/**
 * npm run content:check [-- --update] [-- --root DIR] [-- <track>/<slug> | problems/<slug> | posts/<slug> ...]
 *
 * Validates every written lesson (schema, curriculum title, figures, citations, links, quiz rules) and runs
 * every runnable code block in the sandbox's warm pool (in parallel, one run per slot), failing with a diff when a committed output differs from the
 * real one. --update rewrites the text inside output fences from real runs, and nothing else.
 * Every practice problem is graded too: its reference passes every test, twice alike, and its starter fails.
 * Blog posts follow the lessons' rules for code blocks, citations and links.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { replaceFenceText } from '../src/content-model/code-blocks.ts';
import type { CurriculumLesson } from '../src/content-model/curriculum.ts';
import { ContentError } from '../src/content-model/errors.ts';
import { isWritten, loadCurriculum } from '../src/content-model/lessons.ts';
import { problemSlugs, type Problem as PracticeProblem } from '../src/content-model/problems.ts';
import { postSlugs } from '../src/content-model/posts.ts';
import { sitePaths, validateLesson, type Problem } from '../src/content-model/validate-lesson.ts';
import { validatePost } from '../src/content-model/validate-post.ts';
import { checkRunner } from '../src/server/runner/availability.ts';
import { closeRunner, run, runnerPool } from '../src/server/runner/runner.ts';
import { checkProblemByGrading, checkProblemStatically } from './content-check/verify-problems.ts';
import { judgeBlock, type BlockVerdict } from './content-check/verify-blocks.ts';
import type { MdxDocument } from '../src/content-model/mdx-document.ts';

const { values, positionals } = parseArgs({
  options: { update: { type: 'boolean', default: false }, root: { type: 'string', default: '.' } },
  allowPositionals: true,
});
const root = resolve(values.root);
const started = performance.now();
const problems: Problem[] = [];

function fail(message: string): never {
  console.error(`content:check: ${message}`);
  process.exit(1);
}

let curriculum;
try {
  curriculum = loadCurriculum(root);
} catch (e) {
  fail(e instanceof ContentError ? e.message : String(e));
}

const unavailable = checkRunner();
if (unavailable) fail(`cannot verify code outputs. ${unavailable.message}`);

const known = new Set(curriculum.lessons.map((l) => `${l.trackId}/${l.slug}`));
const lessonsRoot = join(root, 'content', 'lessons');
if (existsSync(lessonsRoot)) {
  for (const track of readdirSync(lessonsRoot)) {
    for (const slug of readdirSync(join(lessonsRoot, track))) {
      if (!known.has(`${track}/${slug}`)) {
        problems.push({
          file: `content/lessons/${track}/${slug}`,
          message: 'is not a lesson of curriculum.yaml (slugs are permanent)',
        });
      }
    }
  }
}

const named = (prefix: string): string[] =>
  positionals.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
const lessonNames = positionals.filter((p) => !p.startsWith('problems/') && !p.startsWith('posts/'));
const problemNames = named('problems/');
const postNames = named('posts/');
const wanted = (l: CurriculumLesson): boolean =>
  positionals.length === 0 || lessonNames.includes(`${l.trackId}/${l.slug}`);
const lessons = curriculum.lessons.filter((l) => wanted(l) && isWritten(root, l));
if (lessons.length !== lessonNames.length && lessonNames.length > 0) {
  fail(`no written lesson matches every name given: ${lessonNames.join(', ')}`);
}
const allProblemSlugs = problemSlugs(root);
const problemsWanted = positionals.length === 0 ? allProblemSlugs : problemNames;
for (const slug of problemsWanted) {
  if (!allProblemSlugs.includes(slug)) fail(`no practice problem named ${slug} in content/problems`);
}
const practice: PracticeProblem[] = [];
for (const slug of problemsWanted) {
  const result = checkProblemStatically(root, slug, curriculum);
  problems.push(...result.problems);
  if (result.problem) practice.push(result.problem);
}

const allPostSlugs = postSlugs(root);
const postsWanted = positionals.length === 0 ? allPostSlugs : postNames;
for (const slug of postsWanted) {
  if (!allPostSlugs.includes(slug)) fail(`no post named ${slug} in content/posts`);
}

const paths = sitePaths(curriculum, [
  ...allProblemSlugs.map((s) => `/practice/${s}`),
  ...allPostSlugs.map((s) => `/blog/${s}`),
]);
/** Anything whose python blocks content:check runs: a lesson or a post. */
type BlockSource = Pick<MdxDocument<unknown>, 'file' | 'source' | 'bodyOffset' | 'blocks'> & { label: string };
const sources: BlockSource[] = [];
for (const lesson of lessons) {
  const result = validateLesson(root, lesson, paths);
  problems.push(...result.problems);
  if (result.source) sources.push({ ...result.source, label: `${lesson.trackId}/${lesson.slug}` });
}
for (const slug of postsWanted) {
  const result = validatePost(root, slug, paths);
  problems.push(...result.problems);
  if (result.source) sources.push({ ...result.source, label: `posts/${slug}` });
}

const jobs = sources.flatMap((source) => source.blocks.filter((b) => b.runnable).map((block) => ({ source, block })));
const norun = sources.reduce((n, s) => n + s.blocks.filter((b) => !b.runnable).length, 0);
const verdicts = new Map<BlockSource, BlockVerdict[]>();
let next = 0;
let done = 0;
async function worker(): Promise<void> {
  while (next < jobs.length) {
    const job = jobs[next];
    next += 1;
    if (!job) break;
    const outcome = await run({ code: job.block.code });
    const verdict = judgeBlock(job.block, outcome);
    verdicts.set(job.source, [...(verdicts.get(job.source) ?? []), verdict]);
    done += 1;
    const mark = verdict.failure ? 'FAIL' : 'ok  ';
    console.log(`  ${mark} [${done}/${jobs.length}] ${job.source.label} ${job.block.meta.title ?? ''}`);
  }
}
let graded = 0;
async function problemWorker(): Promise<void> {
  for (let problem = practice.pop(); problem; problem = practice.pop()) {
    const found = await checkProblemByGrading(problem, (code, limits) => run({ code, limits }));
    problems.push(...found);
    graded += 1;
    console.log(`  ${found.length > 0 ? 'FAIL' : 'ok  '} [problem ${graded}] problems/${problem.slug}`);
  }
}
const lanes = Math.min(runnerPool().size, Math.max(1, jobs.length + practice.length));
await Promise.all(
  Array.from({ length: lanes }, async () => {
    await worker();
    await problemWorker();
  }),
);
closeRunner();

let updated = 0;
for (const [source, list] of verdicts) {
  const lineOf = (v: BlockVerdict): number =>
    (v.block.node.position?.start.line ?? 0) + source.source.slice(0, source.bodyOffset).split('\n').length - 1;
  const rewrites = list.filter((v) => v.actual !== undefined && v.failure !== undefined && v.block.output);
  if (values.update && rewrites.length > 0) {
    let text = readFileSync(join(root, source.file), 'utf8');
    // Rewrite from the end so earlier offsets stay valid.
    for (const v of rewrites.sort(
      (x, y) => (y.block.output?.position?.start.offset ?? 0) - (x.block.output?.position?.start.offset ?? 0),
    )) {
      const pos = v.block.output?.position;
      if (!pos || pos.start.offset === undefined || pos.end.offset === undefined || v.actual === undefined) continue;
      text = replaceFenceText(text, pos.start.offset + source.bodyOffset, pos.end.offset + source.bodyOffset, v.actual);
      updated += 1;
    }
    writeFileSync(join(root, source.file), text);
  }
  for (const v of list) {
    if (!v.failure) continue;
    if (values.update && rewrites.includes(v)) continue;
    problems.push({
      file: source.file,
      line: lineOf(v),
      message: `block ${v.block.meta.title ?? `#${v.block.index + 1}`} ${v.failure}`,
    });
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const p of problems) console.error(`\n✗ ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
console.log(
  `\ncontent:check: ${lessons.length} lessons checked, ${done} of ${jobs.length} runnable blocks run, ${norun} norun blocks, ${graded} practice problems graded, ${postsWanted.length} posts checked,` +
    `${values.update ? ` ${updated} outputs updated,` : ''} ${problems.length} problems, ${seconds} s`,
);
process.exit(problems.length > 0 ? 1 : 0);
