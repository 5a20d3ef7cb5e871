// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pagePolicy, readBuildConfig, withMetaPolicy } from '../../scripts/csp/meta-policy';
import { contentSecurityPolicy } from '../../src/server/security-headers';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const PAGE =
  '<!doctype html><html><head>\n    <meta charset="UTF-8" />\n    <script type="module" src="/assets/index.js"></script>' +
  '</head><body><div id="root"></div><script>window.a=1</script>' +
  '<script type="application/json" id="data">{"x":1}</script></body></html>';
const directive = (policy: string, name: string) => policy.split('; ').find((part) => part.startsWith(`${name} `));

describe('the static build’s meta policy', () => {
  it('is the server’s policy minus frame-ancestors, with this page’s inline scripts by hash', () => {
    const config = readBuildConfig('{"apiBaseUrl": null}');
    const meta = pagePolicy(PAGE, config);
    const header = contentSecurityPolicy({ imageHosts: [], apiOrigin: undefined, frameAncestors: ["'self'"] });
    expect(directive(meta, 'script-src')).toBe(`script-src 'self' ${hash('window.a=1')}`);
    expect(meta).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
    for (const name of ['default-src', 'style-src', 'object-src', 'base-uri', 'connect-src', 'trusted-types']) {
      expect(directive(meta, name)).toBe(directive(header, name));
    }
    expect(meta).toContain("require-trusted-types-for 'script'");
  });

  it('follows config.json: its image hosts in img-src, a backend on another origin in connect-src', () => {
    const config = readBuildConfig(
      '{"apiBaseUrl": "https://news.example/api", "imageHosts": ["images.example.com", "cdn.example.org"]}',
    );
    const meta = pagePolicy(PAGE, config);
    expect(directive(meta, 'img-src')).toBe(
      "img-src 'self' data: https://images.example.com https://cdn.example.org https:",
    );
    expect(directive(meta, 'connect-src')).toBe("connect-src 'self' https://news.example");
    expect(directive(pagePolicy(PAGE, readBuildConfig('{"apiBaseUrl": "/api"}')), 'connect-src')).toBe(
      "connect-src 'self'",
    );
  });

  it('refuses a config.json the reader would refuse', () => {
    expect(() => readBuildConfig('{"apiBaseUrl": null, "imageHosts": ["https://x.example/"]}')).toThrow(
      /config.json: imageHosts/,
    );
    expect(() => readBuildConfig('not json')).toThrow(/not valid JSON/);
  });

  it('goes first in <head> after the charset, once, however often it runs', () => {
    const config = readBuildConfig('{"apiBaseUrl": null}');
    const once = withMetaPolicy(PAGE, config);
    expect(withMetaPolicy(once, config)).toBe(once);
    expect(once.match(/http-equiv="Content-Security-Policy"/g)).toHaveLength(1);
    expect(once.indexOf('http-equiv')).toBeGreaterThan(once.indexOf('charset'));
    expect(once.indexOf('http-equiv')).toBeLessThan(once.indexOf('<script'));
  });

  it('hashes the scripts a page has when it runs, so a later inline script is allowed too', () => {
    const config = readBuildConfig('{"apiBaseUrl": null}');
    const later = withMetaPolicy(PAGE, config).replace('</body>', '<script>window.b=2</script></body>');
    expect(withMetaPolicy(later, config)).toContain(hash('window.b=2'));
  });
});
