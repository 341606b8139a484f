import type { APIRoute, GetStaticPaths } from 'astro';
import { renderSocialCard, type SocialCard } from '../../social/social-card.ts';
import { socialCards } from '../../social/social-cards.ts';

export const prerender = true;

export const getStaticPaths = (() =>
  socialCards().map(({ path, card }) => ({ params: { path }, props: { card } }))) satisfies GetStaticPaths;

/** /og/<page path>.png: the page's 1200x630 share image, drawn at build time. */
export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderSocialCard((props as { card: SocialCard }).card)), {
    headers: { 'content-type': 'image/png' },
  });
