/** The public origin of the site; canonical and share URLs are built from it. Set SITE_URL in production. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env['SITE_URL'] ?? 'http://localhost:4321';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL must use http or https, got "${raw}"`);
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}
