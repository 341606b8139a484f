import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { withClientAddress } from '../../../server/auth/client-address-header.ts';

export const prerender = false;

export const ALL: APIRoute = async ({ request, clientAddress }) =>
  (await getApp()).auth.handler(withClientAddress(request, clientAddress));
