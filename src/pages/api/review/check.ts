import type { APIRoute } from 'astro';
import { handleCheck } from '../../../server/review/review-api.ts';

export const prerender = false;

export const POST: APIRoute = ({ request, clientAddress }) => handleCheck(request, clientAddress);
