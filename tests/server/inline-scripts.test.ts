import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '../../src/server/inline-scripts';

const dist = mkdtempSync(join(tmpdir(), 'lede-inline-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes the inline scripts of the built pages, once each, and nothing that does not run inline', () => {
    const page = (extra: string) =>
      `<html><head><script type="module" src="/assets/index.js"></script></head><body><div id="root"></div>` +
      `<script>window.a=1</script>${extra}<script type="application/json" id="data">{"x":1}</script></body></html>`;
    writeFileSync(join(dist, 'index.html'), page(''));
    mkdirSync(join(dist, 'articles', 'one'), { recursive: true });
    writeFileSync(join(dist, 'articles', 'one', 'index.html'), page('<script>window.b=2</script>'));
    expect(inlineScriptHashes(dist)).toEqual([hash('window.a=1'), hash('window.b=2')].sort());
  });

  it('is empty for a build with no pages', () => {
    expect(inlineScriptHashes(join(dist, 'missing'))).toEqual([]);
  });
});
