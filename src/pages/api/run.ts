import type { APIRoute } from 'astro';
import { handleRun } from '../../server/run-api/run-api.ts';
import { run } from '../../server/runner/runner.ts';

export const prerender = false;

export const POST: APIRoute = ({ request, clientAddress }) =>
  handleRun(request, clientAddress, (code) => run({ code }));
