// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shellOf } from '../../src/server/render/page-shell';

const META = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />`;

describe('the shell the server renders pages into', () => {
  it("leaves out the build's meta policy, which would refuse the rendered page's own inline scripts", () => {
    const built = `<!doctype html><html><head><meta charset="UTF-8" />\n    ${META}\n</head><body><div id="root"></div></body></html>`;
    const shell = shellOf(built);
    expect(shell).not.toContain('Content-Security-Policy');
    expect(shell).toContain('<meta charset="UTF-8" />');
    expect(shell).toContain('<div id="root"></div>');
  });

  it('cuts the prerendered feed out of a static build, its policy too', () => {
    const built =
      `<html><head>${META}</head><body><div id="root" data-prerendered-path="/"><h1>Latest</h1></div>` +
      `<script>appearance()</script><script type="application/json" id="lede-prerendered">{"a":1}</script>` +
      `<script type="module" src="/assets/shell.js"></script></body></html>`;
    expect(shellOf(built)).toBe(
      `<html><head></head><body><div id="root"></div><script type="module" src="/assets/shell.js"></script></body></html>`,
    );
  });
});
