/**
 * Turns the header's "Sign in" link into "Account" for a signed-in learner, and moves anything this
 * browser kept without an account into it (after a GitHub or Google sign-in, which returns here rather
 * than through the sign-in form, or when a merge at sign-in failed).
 */
import { mergeLocalIntoAccount } from '../account/merge-local.ts';
import { dueCount } from '../review/due-count.ts';
import { getSession } from './progress-store.ts';

const link = document.querySelector<HTMLAnchorElement>('[data-account-link]');
if (link) {
  void getSession().then((session) => {
    if (!session) return;
    link.href = '/account';
    link.textContent = 'Account';
    link.title = `Signed in as ${session.user.email}`;
    void mergeLocalIntoAccount().then((added) => {
      if (added === 0) return;
      // Panels that loaded the account before the merge show it again.
      document.dispatchEvent(new CustomEvent('leetllm:progress-changed'));
      document.dispatchEvent(new CustomEvent('leetllm:review-changed'));
    });
  });
}

/** The number of cards due now, next to the header's Review link (hidden at 0). */
const badge = document.querySelector<HTMLElement>('[data-review-due]');
async function showDue(): Promise<void> {
  if (!badge) return;
  const n = await dueCount();
  badge.hidden = n === 0;
  badge.textContent = String(n);
  badge.setAttribute('aria-label', `${n} ${n === 1 ? 'card' : 'cards'} due`);
}
void showDue();
document.addEventListener('leetllm:review-changed', () => void showDue());
