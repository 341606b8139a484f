import type { APIRoute } from 'astro';
import { handleRun, handleRunStatus } from '../../server/run-api/run-api.ts';
import { run, runnerPool } from '../../server/runner/runner.ts';

export const prerender = false;

export const POST: APIRoute = ({ request, clientAddress }) =>
  handleRun(request, clientAddress, (code) => run({ code }));

export const GET: APIRoute = () => handleRunStatus(process.env['RUNNER_URL'] ? undefined : runnerPool().unavailable);
