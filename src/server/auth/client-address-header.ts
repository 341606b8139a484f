import { clientAddress } from '../http/client-address.ts';
import { CLIENT_ADDRESS_HEADER } from './auth.ts';

/**
 * better-auth's rate limiter keys on the header named CLIENT_ADDRESS_HEADER. We set it from the connection
 * (or from X-Forwarded-For sent by TRUSTED_PROXY only), replacing anything the client sent.
 */
export function withClientAddress(request: Request, peer: string): Request {
  const headers = new Headers(request.headers);
  headers.set(CLIENT_ADDRESS_HEADER, clientAddress(request, peer));
  const init: RequestInit & { duplex?: 'half' } = {
    method: request.method,
    headers,
    body: request.body,
    duplex: 'half',
  };
  return new Request(request.url, init);
}
