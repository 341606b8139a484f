import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind search index over the built pages at the end of `astro build`, into
 * <client>/pagefind/. Only elements marked data-pagefind-body are indexed (lessons, problems, posts).
 */
export function pagefindIndex(): AstroIntegration {
  let clientDir = '';
  return {
    name: 'leetllm-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:done': async ({ logger }) => {
        // KaTeX writes each formula twice (MathML for screen readers, HTML for the eye): index it once.
        const { index, errors } = await createIndex({ forceLanguage: 'en', excludeSelectors: ['.katex-mathml'] });
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: clientDir });
        if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${clientDir}/pagefind` });
        if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(`indexed ${added.page_count} pages for search`);
      },
    },
  };
}
