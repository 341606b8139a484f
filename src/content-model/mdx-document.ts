import type { z } from 'zod';
import { findCodeBlocks, type CodeBlockProblem, type LessonCodeBlock } from './code-blocks.ts';
import { parseOrThrow } from './errors.ts';
import { analyzeBody, type BodyFacts } from './lesson-body.ts';
import { parseMdxBody, splitFrontmatter } from './mdx.ts';
import { readingMinutes } from './reading-time.ts';

/** An MDX file with validated frontmatter, its code blocks and body facts: a lesson's or a post's. */
export interface MdxDocument<F> {
  /** Path relative to the project root. */
  file: string;
  source: string;
  bodyOffset: number;
  frontmatter: F;
  blocks: LessonCodeBlock[];
  blockProblems: CodeBlockProblem[];
  facts: BodyFacts;
  readingMinutes: number;
}

/**
 * Parses an MDX document: frontmatter validated by `schema` (then `check`, before the body is parsed),
 * code blocks with problems mapped to file lines, body facts and reading time.
 */
export function parseMdxDocument<F>(
  file: string,
  source: string,
  schema: z.ZodType<F>,
  check: (frontmatter: F) => void = () => undefined,
): MdxDocument<F> {
  const split = splitFrontmatter(source, file);
  const frontmatter = parseOrThrow(schema, split.frontmatter, `${file} (frontmatter)`);
  check(frontmatter);
  const tree = parseMdxBody(split.body, file);
  const { blocks, problems } = findCodeBlocks(tree);
  const facts = analyzeBody(tree);
  return {
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
