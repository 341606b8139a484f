import type { APIRoute } from 'astro';
import { getApp } from '../../server/app.ts';
import { handleHealth } from '../../server/health.ts';
import { runnerPool } from '../../server/runner/runner.ts';

export const prerender = false;

export const GET: APIRoute = async () =>
  handleHealth(await getApp(), process.env['RUNNER_URL'] ? undefined : runnerPool());
