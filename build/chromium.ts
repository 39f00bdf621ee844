/**
 * Every Chromium launch (Vitest's browser provider, Playwright scripts, Lighthouse)
 * uses these flags. The host-resolver rule keeps Chromium itself from contacting any
 * host but loopback, so "no requests to other origins" holds for the browser too.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];
