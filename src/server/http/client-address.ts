/**
 * The client's address for rate limiting. X-Forwarded-For is trusted only when the direct peer is the
 * proxy named in TRUSTED_PROXY (otherwise any client could pick its own bucket by sending the header).
 */
export function clientAddress(
  request: Request,
  peer: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const proxy = env['TRUSTED_PROXY'];
  if (proxy && peer === proxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return peer;
}
