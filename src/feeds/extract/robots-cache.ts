import { decodeText } from '../fetch/charset';
import { FetchError } from '../fetch/fetch-error';
import { safeFetch, type SafeFetchOptions } from '../fetch/safe-fetch';
import { parseRobots, robotsAllow, type RobotsRules } from './robots';

const ALLOW_ALL: RobotsRules = { groups: [] };
const DISALLOW_ALL: RobotsRules = { groups: [{ agents: ['*'], rules: [{ allow: false, pattern: /^/, length: 1 }] }] };

export interface RobotsCacheOptions {
  fetch?: Omit<SafeFetchOptions, 'maxBytes'>;
  /** How long one host's rules are kept (default one hour; failures are retried after five minutes). */
  ttlMs?: number;
  agent?: string;
  now?: () => number;
}

/**
 * robots.txt per host, fetched once and kept. A missing file (4xx) allows everything; a server
 * error or no answer disallows for a while, as crawlers do, since the site may be in trouble.
 */
export class RobotsCache {
  private readonly entries = new Map<string, { rules: Promise<RobotsRules>; expires: number }>();

  constructor(private readonly options: RobotsCacheOptions = {}) {}

  async allows(pageUrl: string): Promise<boolean> {
    const url = new URL(pageUrl);
    const rules = await this.rulesFor(url.origin);
    return robotsAllow(rules, this.options.agent ?? 'lede', `${url.pathname}${url.search}`);
  }

  private rulesFor(origin: string): Promise<RobotsRules> {
    const now = (this.options.now ?? Date.now)();
    const cached = this.entries.get(origin);
    if (cached && cached.expires > now) return cached.rules;
    const ttl = this.options.ttlMs ?? 3_600_000;
    const entry = { rules: this.load(origin), expires: now + ttl };
    entry.rules.then(
      (rules) => {
        if (rules === DISALLOW_ALL) entry.expires = now + Math.min(ttl, 300_000);
      },
      () => undefined,
    );
    this.entries.set(origin, entry);
    return entry.rules;
  }

  private async load(origin: string): Promise<RobotsRules> {
    try {
      const outcome = await safeFetch(`${origin}/robots.txt`, {
        ...this.options.fetch,
        maxBytes: 500_000,
        accept: 'text/plain',
      });
      if (outcome.notModified) return ALLOW_ALL;
      return parseRobots(decodeText(outcome.body, outcome.contentType));
    } catch (error) {
      const status = error instanceof FetchError ? error.details.status : undefined;
      if (status !== undefined && status >= 400 && status < 500) return ALLOW_ALL;
      return DISALLOW_ALL;
    }
  }
}
