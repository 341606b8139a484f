import { trustedOrigins } from '../auth/auth.ts';
import { errorResponse } from './errors.ts';

/**
 * Cross-site request forgery guard for our own state-changing routes (better-auth checks only its own):
 * a browser request whose Origin is another site, or that a browser marks cross-site, is refused with 403.
 */
export function refuseCrossOrigin(request: Request): Response | undefined {
  const origin = request.headers.get('origin');
  const allowed = new Set([...trustedOrigins(), new URL(request.url).origin]);
  if (origin !== null && !allowed.has(origin)) {
    return errorResponse('forbidden', 'Cross-origin requests are not allowed here.');
  }
  if (request.headers.get('sec-fetch-site') === 'cross-site') {
    return errorResponse('forbidden', 'Cross-site requests are not allowed here.');
  }
  return undefined;
}
