import type { APIRoute } from 'astro';
import { getApp } from '../../../../server/app.ts';
import { errorResponse } from '../../../../server/http/errors.ts';
import { handleGrade } from '../../../../server/practice/practice-api.ts';
import { run } from '../../../../server/runner/runner.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, params, clientAddress }) => {
  const mode = params['mode'];
  if (mode !== 'run' && mode !== 'submit') return errorResponse('not_found', 'Use /run or /submit.');
  return handleGrade(await getApp(), request, clientAddress, params['slug'] ?? '', mode, (code, limits) =>
    run({ code, limits }),
  );
};
