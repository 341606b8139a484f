import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handleReview } from '../../../server/review/review-api.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, params, clientAddress }) =>
  handleReview(await getApp(), request, clientAddress, params['cardId'] ?? '');
