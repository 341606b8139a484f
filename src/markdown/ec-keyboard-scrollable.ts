import type { ExpressiveCodePlugin } from 'astro-expressive-code';
import type { Element } from 'hast';

function visitElements(node: Element, fn: (el: Element) => void): void {
  fn(node);
  for (const child of node.children) if (child.type === 'element') visitElements(child, fn);
}

/** Makes every code frame's <pre> focusable, so a keyboard user can scroll long lines sideways. */
export function pluginKeyboardScrollable(): ExpressiveCodePlugin {
  return {
    name: 'leetllm-keyboard-scrollable',
    hooks: {
      postprocessRenderedBlock: ({ renderData }) => {
        visitElements(renderData.blockAst, (el) => {
          if (el.tagName === 'pre') el.properties['tabIndex'] = 0;
        });
      },
    },
  };
}
