import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handleDue } from '../../../server/review/review-api.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request }) => handleDue(await getApp(), request);
