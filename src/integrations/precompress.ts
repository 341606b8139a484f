import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { COMPRESSIBLE_TYPES } from '../server/http/precompressed.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Smaller files gain little and cost a request header's worth of bytes either way. */
const MIN_BYTES = 1024;

/**
 * Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of the built client at the end of
 * `astro build` (after the search index), for the server to send when a browser accepts them: a lesson
 * page of 900 KB (KaTeX and highlighted code are verbose) travels as about 70 KB. Brotli quality 9 keeps
 * the build fast; quality 11 saves another tenth at thirty times the time.
 */
export function precompress(): AstroIntegration {
  let clientDir = '';
  return {
    name: 'leetllm-precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        clientDir = fileURLToPath(config.build.client);
      },
      'astro:build:done': async ({ logger }) => {
        const entries = await readdir(clientDir, { recursive: true, withFileTypes: true });
        const files = entries
          .filter((e) => e.isFile() && extname(e.name) in COMPRESSIBLE_TYPES)
          .map((e) => join(e.parentPath, e.name));
        let count = 0;
        let before = 0;
        let after = 0;
        for (const file of files) {
          const data = await readFile(file);
          if (data.length < MIN_BYTES) continue;
          count += 1;
          const [br, gz] = await Promise.all([
            brotli(data, {
              params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
            }),
            gzipAsync(data, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
          before += data.length;
          after += br.length;
        }
        logger.info(
          `compressed ${count} files: ${(before / 1e6).toFixed(1)} MB, ${(after / 1e6).toFixed(1)} MB as Brotli`,
        );
      },
    },
  };
}
