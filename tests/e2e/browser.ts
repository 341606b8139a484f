import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Debian's Chromium, started with the flags this closed network needs. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

let learners = 0;

/**
 * A browser profile for one simulated learner with an address of its own. The e2e servers trust
 * X-Forwarded-For from 127.0.0.1 (TRUSTED_PROXY, as behind a reverse proxy), so each learner gets its own
 * sign-up and sign-in rate-limit bucket, as different people on different machines would.
 */
export function learnerContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  learners += 1;
  return browser.newContext({
    ...options,
    extraHTTPHeaders: { 'x-forwarded-for': `10.${process.pid % 250}.${Math.floor(learners / 250)}.${learners % 250}` },
  });
}
