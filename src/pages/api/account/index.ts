import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handleAccount } from '../../../server/account/account-api.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request }) => handleAccount(await getApp(), request);
