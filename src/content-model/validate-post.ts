import { ContentError } from './errors.ts';
import { loadPost, type PostSource } from './posts.ts';
import { checkCitationsAndLinks, type Problem } from './validate-lesson.ts';

/** The static part of content:check for one post (everything but running its code). */
export function validatePost(
  root: string,
  slug: string,
  paths: Set<string>,
): { problems: Problem[]; source: PostSource | undefined } {
  let source: PostSource;
  try {
    source = loadPost(root, slug);
  } catch (e) {
    if (e instanceof ContentError)
      return { problems: [{ file: e.file, message: e.message.slice(e.file.length + 2) }], source: undefined };
    throw e;
  }
  const file = source.file;
  const problems: Problem[] = source.blockProblems.map((p) => ({ file, line: p.line, message: p.message }));
  source.source.split('\n').forEach((text, i) => {
    const marker = /\b(TODO|PLACEHOLDER)\b/.exec(text)?.[1];
    if (marker) problems.push({ file, line: i + 1, message: `contains ${marker}` });
  });
  problems.push(...checkCitationsAndLinks(source, paths));
  return { problems, source };
}
