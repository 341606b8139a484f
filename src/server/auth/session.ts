import type { App } from '../app.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/** The signed-in user of a request, or undefined (no, expired or revoked session). */
export async function sessionUser(app: App, request: Request): Promise<SessionUser | undefined> {
  const session = await app.auth.api.getSession({ headers: request.headers });
  if (!session) return undefined;
  return { id: session.user.id, email: session.user.email, name: session.user.name };
}
