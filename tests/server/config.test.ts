// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseServerConfig } from '../../src/server/config';

const parse = (env: Record<string, string> = {}, argv: string[] = []) => parseServerConfig(env, argv, '/srv/lede');

describe('parseServerConfig', () => {
  it('defaults to 127.0.0.1:4317, the embedded database in .lede-data, read-only, any origin', () => {
    expect(parse()).toEqual({
      host: '127.0.0.1',
      port: 4317,
      dataDir: '/srv/lede/.lede-data',
      databaseUrl: undefined,
      adminToken: undefined,
      corsOrigins: '*',
      rateLimitPerMinute: 600,
      trustProxy: false,
      distDir: '/srv/lede/dist',
      corpusDir: '/srv/lede/public/data',
      allowPrivateNetwork: false,
      opmlFile: undefined,
      frameAncestors: ["'self'"],
      imageHosts: [],
      mediaSecret: undefined,
      renderBudgetMs: 300,
    });
  });

  it('takes a shared LEDE_MEDIA_SECRET, so servers behind one balancer sign image URLs alike', () => {
    const secret = 'x'.repeat(32);
    expect(parse({ LEDE_MEDIA_SECRET: secret }).mediaSecret).toBe(secret);
  });

  it('takes the render budget from LEDE_RENDER_BUDGET_MS, 0 turning rendering off', () => {
    expect(parse({ LEDE_RENDER_BUDGET_MS: '800' })).toMatchObject({ renderBudgetMs: 800 });
    expect(parse({ LEDE_RENDER_BUDGET_MS: '0' })).toMatchObject({ renderBudgetMs: 0 });
  });

  it('takes --opml FILE and LEDE_ALLOW_PRIVATE_NETWORK=1', () => {
    const config = parse({ LEDE_ALLOW_PRIVATE_NETWORK: '1' }, ['--opml', 'feeds.opml']);
    expect(config).toMatchObject({ allowPrivateNetwork: true, opmlFile: '/srv/lede/feeds.opml' });
  });

  it('reads the environment, and --port / --host win over it', () => {
    const config = parse(
      {
        HOST: '0.0.0.0',
        PORT: '8080',
        LEDE_DATA_DIR: '/var/lib/lede',
        DATABASE_URL: 'postgresql://lede@db/lede',
        LEDE_ADMIN_TOKEN: 'sixteen-chars-at-least',
        LEDE_CORS_ORIGINS: 'https://portal.example, https://news.example/',
        LEDE_RATE_LIMIT: '120',
        LEDE_TRUST_PROXY: '1',
      },
      ['--port', '9000', '--host=::1'],
    );
    expect(config).toMatchObject({
      host: '::1',
      port: 9000,
      dataDir: '/var/lib/lede',
      databaseUrl: 'postgresql://lede@db/lede',
      adminToken: 'sixteen-chars-at-least',
      corsOrigins: ['https://portal.example', 'https://news.example'],
      rateLimitPerMinute: 120,
      trustProxy: true,
    });
  });

  it('treats blank variables as unset', () => {
    expect(parse({ PORT: '', LEDE_ADMIN_TOKEN: '  ', DATABASE_URL: '' })).toMatchObject({
      port: 4317,
      adminToken: undefined,
      databaseUrl: undefined,
    });
  });

  it.each([
    [{ PORT: 'http' }, [], /PORT must be a port number/],
    [{ PORT: '70000' }, [], /PORT must be a port number/],
    [{}, ['--port'], /--port needs a value/],
    [{}, ['--verbose'], /unknown option '--verbose'/],
    [{ LEDE_ADMIN_TOKEN: 'short' }, [], /LEDE_ADMIN_TOKEN must be at least 16 characters/],
    [{ DATABASE_URL: 'mysql://x' }, [], /DATABASE_URL must start with postgresql:\/\//],
    [{ LEDE_CORS_ORIGINS: 'portal.example' }, [], /LEDE_CORS_ORIGINS has 'portal.example'/],
    [{ LEDE_RATE_LIMIT: '0' }, [], /LEDE_RATE_LIMIT must be a whole number/],
    [{ LEDE_TRUST_PROXY: 'yes' }, [], /LEDE_TRUST_PROXY must be 1/],
    [{ LEDE_MEDIA_SECRET: 'too-short-to-sign-with' }, [], /LEDE_MEDIA_SECRET must be at least 32 characters/],
    [{ LEDE_RENDER_BUDGET_MS: '0.5s' }, [], /LEDE_RENDER_BUDGET_MS must be a whole number of milliseconds/],
  ])('refuses %o %o with a message naming the setting', (env, argv, message) => {
    expect(() => parse(env, argv)).toThrow(message);
  });
});
