import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import { pluginLineNumbers } from '@expressive-code/plugin-line-numbers';
import expressiveCode from 'astro-expressive-code';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { precompress } from './src/integrations/precompress.ts';
import { pluginKeyboardScrollable } from './src/markdown/ec-keyboard-scrollable.ts';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { remarkCodeOutputs } from './src/markdown/remark-code-outputs.ts';
import { rehypeShortCells } from './src/markdown/rehype-short-cells.ts';
import { remarkLessonFigures } from './src/markdown/remark-lesson-figures.ts';
import { siteUrl } from './src/site-url.ts';

export default defineConfig({
  site: siteUrl(),
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  integrations: [
    expressiveCode({
      themes: ['github-light', 'github-dark-dimmed'],
      themeCssSelector: (theme) => `[data-theme='${theme.type}']`,
      useDarkModeMediaQuery: true,
      plugins: [pluginLineNumbers(), pluginKeyboardScrollable()],
      defaultProps: { showLineNumbers: true, wrap: false },
      styleOverrides: {
        borderRadius: '0.5rem',
        codeFontFamily: "'IBM Plex Mono', ui-monospace, monospace",
        codeFontSize: '0.875rem',
        uiFontFamily: "'Inter Variable', system-ui, sans-serif",
        // The themes' own gutter colours fall below AA contrast.
        lineNumbers: { foreground: ({ theme }) => (theme.type === 'dark' ? '#9aa5b1' : '#5f6b76') },
      },
    }),
    preact(),
    mdx(),
    pagefindIndex(),
    // After the search index, so its files are compressed too.
    precompress(),
  ],
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath, remarkCodeOutputs, remarkCitations, remarkLessonFigures],
      rehypePlugins: [
        [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true, strict: 'error' }],
        rehypeShortCells,
      ],
    }),
  },
});
