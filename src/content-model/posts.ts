import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PostFrontmatterSchema, type PostFrontmatter } from '../schemas/post.ts';
import { parseMdxDocument, type MdxDocument } from './mdx-document.ts';

/** A blog post: content/posts/<slug>/index.mdx, the same MDX and code-block convention as lessons. */
export interface PostSource extends MdxDocument<PostFrontmatter> {
  slug: string;
  path: string;
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
  const doc = parseMdxDocument(file, readFileSync(join(root, file), 'utf8'), PostFrontmatterSchema);
  return { slug, path: `/blog/${slug}`, ...doc };
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
