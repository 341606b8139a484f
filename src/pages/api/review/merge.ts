import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handleMergeDeck } from '../../../server/review/review-api.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request }) => handleMergeDeck(await getApp(), request);
