import type { APIRoute } from 'astro';
import { getApp } from '../../../../server/app.ts';
import { handleQuiz } from '../../../../server/quiz/quiz-api.ts';

export const prerender = false;

export const POST: APIRoute = async ({ request, params }) =>
  handleQuiz(await getApp(), request, params['track'] ?? '', params['slug'] ?? '');
