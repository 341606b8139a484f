/** Turns the header's "Sign in" link into "Account" for a signed-in learner. */
import { getSession } from './progress-store.ts';

const link = document.querySelector<HTMLAnchorElement>('[data-account-link]');
if (link) {
  void getSession().then((session) => {
    if (!session) return;
    link.href = '/account';
    link.textContent = 'Account';
    link.title = `Signed in as ${session.user.email}`;
  });
}
