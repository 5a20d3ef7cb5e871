// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServerConfig } from '../../src/server/config';
import { contentSecurityPolicy } from '../../src/server/security-headers';
import { startTestApp, type TestApp } from './serve-app';

let server: TestApp;
beforeAll(async () => {
  server = await startTestApp({ imageHosts: ['images.example.com'], frameAncestors: ['https://portal.example'] });
});
afterAll(() => server.stop());

const directives = (policy: string) =>
  new Map(policy.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1).join(' ')] as const));

describe('the security headers on the reader', () => {
  it('sends the strict CSP, nosniff and no referrer on the reader HTML, its files and config.json', async () => {
    for (const path of ['/', '/articles/x', '/settings', '/embed.html', '/assets/shell-AbC123.js', '/config.json']) {
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(200);
      const policy = directives(response.headers.get('content-security-policy') ?? '');
      expect(policy.get('default-src')).toBe("'self'");
      expect(policy.get('script-src')).toBe("'self'");
      expect(policy.get('style-src')).toBe("'self'");
      expect(policy.get('object-src')).toBe("'none'");
      expect(policy.get('base-uri')).toBe("'none'");
      expect(policy.get('img-src')).toBe("'self' data: https://images.example.com");
      expect(policy.get('connect-src')).toBe("'self'");
      expect(policy.get('frame-ancestors')).toBe('https://portal.example');
      expect(policy.get('require-trusted-types-for')).toBe("'script'");
      expect(policy.get('trusted-types')).toBe('default');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('leaves the demo portal, which plays a third-party page, without the reader policy', async () => {
    const response = await fetch(`${server.origin}/embed-demo.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('tells the reader which image hosts its CSP allows', async () => {
    const config = (await (await fetch(`${server.origin}/config.json`)).json()) as unknown;
    expect(config).toEqual({ apiBaseUrl: '/api', imageHosts: ['images.example.com'] });
  });

  it("frames only from 'self' by default and lists a separate API origin in connect-src", () => {
    const policy = directives(
      contentSecurityPolicy({ imageHosts: [], apiOrigin: 'https://api.example', frameAncestors: [] }),
    );
    expect(policy.get('frame-ancestors')).toBe("'self'");
    expect(policy.get('connect-src')).toBe("'self' https://api.example");
    expect(policy.get('img-src')).toBe("'self' data:");
  });
});

describe('LEDE_FRAME_ANCESTORS and LEDE_IMAGE_HOSTS', () => {
  const parse = (env: Record<string, string>) => parseServerConfig(env, [], '/srv/lede');

  it("default to 'self' and no image hosts", () => {
    expect(parse({})).toMatchObject({ frameAncestors: ["'self'"], imageHosts: [] });
  });

  it('read origins separated by spaces and hosts separated by commas', () => {
    const config = parse({
      LEDE_FRAME_ANCESTORS: "'self' https://portal.example",
      LEDE_IMAGE_HOSTS: 'Images.Example.com,cdn.example.org',
    });
    expect(config.frameAncestors).toEqual(["'self'", 'https://portal.example']);
    expect(config.imageHosts).toEqual(['images.example.com', 'cdn.example.org']);
  });

  it('refuse anything that could break out of the directive', () => {
    expect(() => parse({ LEDE_FRAME_ANCESTORS: "https://a.example; script-src 'unsafe-inline'" })).toThrow(
      /LEDE_FRAME_ANCESTORS/,
    );
    expect(() => parse({ LEDE_IMAGE_HOSTS: 'a.example https://b.example' })).toThrow(/LEDE_IMAGE_HOSTS/);
  });
});
