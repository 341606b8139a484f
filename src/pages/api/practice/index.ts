import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handlePracticeStatus } from '../../../server/practice/practice-api.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request }) => handlePracticeStatus(await getApp(), request);
