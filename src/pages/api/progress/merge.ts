import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handleMerge } from '../../../server/progress/progress-api.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request }) => handleMerge(await getApp(), request);
