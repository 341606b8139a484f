import type { APIRoute } from 'astro';
import { getApp } from '../../../../server/app.ts';
import { handleSubmissions } from '../../../../server/practice/practice-api.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request, params }) =>
  handleSubmissions(await getApp(), request, params['slug'] ?? '');
