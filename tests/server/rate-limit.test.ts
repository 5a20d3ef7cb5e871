// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/server/app';
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

  it('behind a trusted proxy, counts each forwarded client apart', async () => {
    const server = await startTestApp({ rateLimitPerMinute: 1, trustProxy: true });
    const ask = (client: string) =>
      fetch(`${server.origin}/api/health`, { headers: { 'x-forwarded-for': client } }).then((r) => r.status);
    try {
      expect(await ask('203.0.113.7')).toBe(200);
      expect(await ask('203.0.113.8')).toBe(200);
      expect(await ask('203.0.113.7')).toBe(429);
      // A client cannot dodge its bucket by sending its own X-Forwarded-For: the proxy appends the real one.
      expect(await ask('198.51.100.1, 203.0.113.7')).toBe(429);
    } finally {
      await server.stop();
    }
  });

  it('without a trusted proxy, ignores X-Forwarded-For', () => {
    expect(clientAddress('203.0.113.7', '10.0.0.2')).toBe('10.0.0.2');
    expect(clientAddress('203.0.113.7', '10.0.0.2', true)).toBe('203.0.113.7');
    expect(clientAddress(undefined, '10.0.0.2', true)).toBe('10.0.0.2');
  });
});
