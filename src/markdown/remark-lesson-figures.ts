import { dirname, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';

interface FileLike {
  path?: string;
  cwd?: string;
}

/** Rewrites <Figure src="figures/x.svg"> to a project-root path, so the Figure component can inline the file. */
export function remarkLessonFigures() {
  return (tree: Root, file: FileLike): void => {
    if (!file.path) return;
    const root = file.cwd ?? process.cwd();
    const dir = dirname(file.path);
    visit(tree, 'mdxJsxFlowElement', (node) => {
      if (node.name !== 'Figure') return;
      const src = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'src');
      if (src && typeof src.value === 'string' && !src.value.startsWith('/')) {
        src.value = `/${relative(root, resolve(dir, src.value)).split('\\').join('/')}`;
      }
    });
  };
}
