import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown } from 'mdast-util-math';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { mdxjs } from 'micromark-extension-mdxjs';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './errors.ts';

export interface SplitSource {
  frontmatter: unknown;
  body: string;
  /** Offset of the body's first character in the whole file, so body positions map back to the file. */
  bodyOffset: number;
  /** 1-based line of the body's first line in the whole file. */
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

/** Splits `---` YAML frontmatter from an MDX file. */
export function splitFrontmatter(source: string, file: string): SplitSource {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new ContentError(file, 'frontmatter', 'missing: the file must start with a --- YAML block');
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(match[1] ?? '');
  } catch (e) {
    throw new ContentError(file, 'frontmatter', `invalid YAML: ${(e as Error).message}`);
  }
  const bodyOffset = match[0].length;
  return {
    frontmatter,
    body: source.slice(bodyOffset),
    bodyOffset,
    bodyLine: match[0].split('\n').length,
  };
}

/** Parses an MDX body the way the site's renderer sees it (MDX + GFM + math). */
export function parseMdxBody(body: string, file: string): Root {
  try {
    return fromMarkdown(body, {
      extensions: [mdxjs(), gfm(), math()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown(), mathFromMarkdown()],
    });
  } catch (e) {
    throw new ContentError(file, 'body', `MDX does not parse: ${(e as Error).message}`);
  }
}
