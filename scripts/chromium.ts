/**
 * How this project starts Debian's Chromium, for Playwright and the benchmarks alike. The machine
 * has no network beyond package registries: without the background-networking flags Chromium
 * spends its start-up on refused connections.
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
];
