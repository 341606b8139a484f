import type { APIRoute } from 'astro';
import { enabledSocialProviders } from '../../server/auth/auth.ts';

export const prerender = false;

/** Which social sign-in buttons the forms show: only providers configured on this server. */
export const GET: APIRoute = () =>
  Response.json({ social: enabledSocialProviders() }, { headers: { 'cache-control': 'no-store' } });
