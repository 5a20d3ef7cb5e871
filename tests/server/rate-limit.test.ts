// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { startTestApp } from './serve-app';

describe('the per-client rate limit', () => {
  it('answers 429 with Retry-After past the burst, and lets the client in again once it has waited', async () => {
    let now = 1_000_000;
    const server = await startTestApp({ rateLimitPerMinute: 3, now: () => now });
    const ask = () => fetch(`${server.origin}/api/articles?limit=1`);
    try {
      for (let i = 0; i < 3; i += 1) expect((await ask()).status).toBe(200);
      const limited = await ask();
      expect(limited.status).toBe(429);
      // 3 a minute: one token every 20 s.
      expect(limited.headers.get('retry-after')).toBe('20');
      expect(limited.headers.get('access-control-expose-headers')).toBe('retry-after');
      expect(await limited.json()).toEqual({
        error: { code: 'rate_limited', message: 'Too many requests from this client; try again in 20 s.' },
      });
      // The reader's own page and files are never limited, only the API.
      expect((await fetch(`${server.origin}/`)).status).toBe(200);
      now += 20_000;
      expect((await ask()).status).toBe(200);
      expect((await ask()).status).toBe(429);
    } finally {
      await server.stop();
    }
  });
});
