import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handleMergeSolves } from '../../../server/practice/practice-api.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request }) => handleMergeSolves(await getApp(), request);
