import type { APIRoute } from 'astro';
import { getApp } from '../../../server/app.ts';
import { handleExport } from '../../../server/account/account-api.ts';

export const prerender = false;

export const GET: APIRoute = async ({ request }) => handleExport(await getApp(), request);
