import type { APIRoute } from 'astro';
import { handleQuestions } from '../../../server/review/review-api.ts';

export const prerender = false;

export const POST: APIRoute = ({ request }) => handleQuestions(request);
