import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handleSettings } from '../../../server/review/review-api.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request }) => handleSettings(await getApp(), request);
export const PUT: APIRoute = async ({ request }) => handleSettings(await getApp(), request);
