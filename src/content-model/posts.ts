import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostFrontmatterSchema, type PostFrontmatter } from '../schemas/post.ts';
import { findCodeBlocks, type CodeBlockProblem, type LessonCodeBlock } from './code-blocks.ts';
import { parseOrThrow } from './errors.ts';
import { analyzeBody, type BodyFacts } from './lesson-body.ts';
import { parseMdxBody, splitFrontmatter } from './mdx.ts';
import { readingMinutes } from './reading-time.ts';

/** A blog post: content/posts/<slug>/index.mdx, the same MDX and code-block convention as lessons. */
export interface PostSource {
  slug: string;
  path: string;
  /** Path of index.mdx relative to the project root. */
  file: string;
  source: string;
  bodyOffset: number;
  frontmatter: PostFrontmatter;
  blocks: LessonCodeBlock[];
  blockProblems: CodeBlockProblem[];
  facts: BodyFacts;
  readingMinutes: number;
}

export function postsDir(root: string): string {
  return join(root, 'content', 'posts');
}

export function postSlugs(root: string): string[] {
  const dir = postsDir(root);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.mdx')))
    .map((e) => e.name)
    .sort();
}

export function loadPost(root: string, slug: string): PostSource {
  const file = join('content', 'posts', slug, 'index.mdx');
  const source = readFileSync(join(root, file), 'utf8');
  const split = splitFrontmatter(source, file);
  const frontmatter = parseOrThrow(PostFrontmatterSchema, split.frontmatter, `${file} (frontmatter)`);
  const tree = parseMdxBody(split.body, file);
  const { blocks, problems } = findCodeBlocks(tree);
  const facts = analyzeBody(tree);
  return {
    slug,
    path: `/blog/${slug}`,
    file,
    source,
    bodyOffset: split.bodyOffset,
    frontmatter,
    blocks,
    blockProblems: problems.map((p) => ({ ...p, line: p.line + split.bodyLine - 1 })),
    facts,
    readingMinutes: readingMinutes(facts.proseWords, facts.codeLines),
  };
}

/** Every post, newest first (then by title). */
export function loadPosts(root: string): PostSource[] {
  return postSlugs(root)
    .map((slug) => loadPost(root, slug))
    .sort(
      (a, b) =>
        b.frontmatter.date.getTime() - a.frontmatter.date.getTime() ||
        a.frontmatter.title.localeCompare(b.frontmatter.title),
    );
}
