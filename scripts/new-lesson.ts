/** npm run new-lesson -- <track>/<slug>: starts a lesson folder for a curriculum lesson from the template. */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findLesson } from '../src/content-model/curriculum.ts';
import { lessonDir, loadCurriculum } from '../src/content-model/lessons.ts';

const [name] = process.argv.slice(2);
const [trackId, slug] = (name ?? '').split('/');
if (!trackId || !slug) {
  console.error('usage: npm run new-lesson -- <track>/<slug>   (as listed in content/curriculum.yaml)');
  process.exit(2);
}
const lesson = findLesson(loadCurriculum(process.cwd()), trackId, slug);
if (!lesson) {
  console.error(`${name} is not in content/curriculum.yaml`);
  process.exit(2);
}
const dir = lessonDir(lesson);
if (existsSync(dir)) {
  console.error(`${dir} already exists`);
  process.exit(2);
}
cpSync(join('scripts', 'templates', 'lesson'), dir, { recursive: true });
const mdx = join(dir, 'index.mdx');
writeFileSync(
  mdx,
  readFileSync(mdx, 'utf8')
    .replace('__TITLE__', lesson.title)
    .replace('__UPDATED__', new Date().toISOString().slice(0, 10)),
);
console.log(`Created ${dir} for step ${lesson.step}. Write it per docs/lesson-format.md, then run:
  npm run figures && npm run content:check -- --update ${name} && npm run content:check -- ${name}`);
