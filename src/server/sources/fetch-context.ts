import { ledeUserAgent, RobotsCache, type SafeFetchOptions } from '../../feeds/index';
import { createHostLimiter, type HostLimiter } from '../../feeds/schedule/host-limiter';

/** What every fetch of the server shares: the address policy, the User-Agent, robots.txt, per-host turns. */
export interface FetchContext {
  fetch: Omit<SafeFetchOptions, 'maxBytes' | 'accept'>;
  robots: RobotsCache;
  hosts: HostLimiter;
}

export function createFetchContext(options: { allowPrivateNetwork: boolean; politeDelayMs?: number }): FetchContext {
  const fetch = { allowPrivateNetwork: options.allowPrivateNetwork, userAgent: ledeUserAgent() };
  return {
    fetch,
    robots: new RobotsCache({ fetch }),
    hosts: createHostLimiter({ delayMs: options.politeDelayMs ?? 1000 }),
  };
}
