import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handleGetProgress } from '../../../server/progress/progress-api.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request }) => handleGetProgress(await getApp(), request);
