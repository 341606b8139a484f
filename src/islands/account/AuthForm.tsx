import { useEffect, useState } from 'preact/hooks';
import { field } from './form-field.ts';
import { mergeLocalIntoAccount } from './merge-local.ts';

interface Props {
  mode: 'signup' | 'login';
  minPassword: number;
  maxPassword: number;
}

const PROVIDER_NAMES: Record<string, string> = { github: 'GitHub', google: 'Google' };

function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next') ?? '/account';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/account';
}

async function authPost(route: 'sign-up' | 'sign-in', body: Record<string, string>): Promise<void> {
  const res = await fetch(`/api/auth/${route}/email`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.ok) return;
  const data = (await res.json().catch(() => ({}))) as { message?: string };
  if (res.status === 429) throw new Error('Too many attempts. Wait a minute, then try again.');
  throw new Error(data.message ?? `The server answered ${res.status}.`);
}

/** Sign-up and sign-in with e-mail and password (and GitHub/Google where the server enables them). */
export function AuthForm({ mode, minPassword, maxPassword }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [social, setSocial] = useState<string[]>([]);
  // Until this island runs, the server-rendered button stays disabled: a native submit would put the
  // password in the address bar.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    setReady(true);
    fetch('/api/auth-providers')
      .then(async (r) => (r.ok ? ((await r.json()) as { social: string[] }).social : []))
      .then(setSocial)
      .catch(() => setSocial([]));
  }, []);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const email = field(form, 'email').trim();
    const password = field(form, 'password');
    if (mode === 'signup' && password.length < minPassword) {
      setError(`Use at least ${minPassword} characters.`);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      if (mode === 'signup') {
        const name = field(form, 'name').trim() || (email.split('@')[0] ?? email);
        await authPost('sign-up', { email, password, name });
        try {
          await authPost('sign-in', { email, password });
        } catch {
          throw new Error(
            'We could not sign you in. If this e-mail already has an account, sign in with its password.',
          );
        }
      } else {
        await authPost('sign-in', { email, password });
      }
      await mergeLocalIntoAccount();
      location.assign(nextPath());
    } catch (e) {
      setError(
        e instanceof Error && e.message !== 'Failed to fetch' ? e.message : 'Could not reach the server. Try again.',
      );
      setBusy(false);
    }
  };

  const signInWith = async (provider: string): Promise<void> => {
    setBusy(true);
    const res = await fetch('/api/auth/sign-in/social', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ provider, callbackURL: nextPath() }),
    });
    const data = (await res.json().catch(() => ({}))) as { url?: string; message?: string };
    if (data.url) location.assign(data.url);
    else {
      setError(data.message ?? 'That sign-in method is not available right now.');
      setBusy(false);
    }
  };

  return (
    <form class="auth-form" method="post" onSubmit={(e) => void submit(e)}>
      {mode === 'signup' && (
        <label>
          Name <span class="muted">(shown on your account page)</span>
          <input name="name" type="text" autoComplete="name" maxLength={80} />
        </label>
      )}
      <label>
        E-mail
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          autoComplete={mode === 'signup' ? 'new-password' : 'current-password'}
          required
          minLength={mode === 'signup' ? minPassword : undefined}
          maxLength={maxPassword}
          aria-describedby={mode === 'signup' ? 'password-rules' : undefined}
        />
      </label>
      {mode === 'signup' && (
        <p class="muted auth-rules" id="password-rules">
          {minPassword} to {maxPassword} characters. Very common passwords (the kind found first in breach lists, such
          as “password1” or “qwerty123”) are refused. A passphrase of a few unrelated words works well.
        </p>
      )}
      {error && (
        <p class="auth-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button" disabled={busy || !ready}>
        {busy ? 'Please wait…' : mode === 'signup' ? 'Create account' : 'Sign in'}
      </button>
      {social.length > 0 && (
        <div class="auth-social">
          <p class="muted">or</p>
          {social.map((p) => (
            <button
              type="button"
              class="button button--quiet"
              key={p}
              disabled={busy}
              onClick={() => void signInWith(p)}
            >
              Continue with {PROVIDER_NAMES[p] ?? p}
            </button>
          ))}
        </div>
      )}
    </form>
  );
}
