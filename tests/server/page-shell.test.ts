// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFERRED_SCRIPTS_ID, deferScripts, deferredScriptsLoader } from '../../src/prerender/defer-scripts';
import { PRERENDERED_ID } from '../../src/app/prerendered';
import { HOLD_FIRST_PAINT } from '../../src/prerender/hold-first-paint';
import { fillShell, shellOf } from '../../src/server/render/page-shell';

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

describe('a page the server renders', () => {
  const content = {
    path: '/',
    apiBaseUrl: '/api',
    html: '<h1>Latest</h1>',
    data: { path: '/', state: { mutations: [], queries: [] } },
    appearanceScript: 'appearance()',
  };

  it('holds its scripts until the first paint, as the prerendered pages do', () => {
    const shell =
      `<html><head><script type="module" crossorigin src="/assets/index.js"></script>` +
      `<link rel="modulepreload" crossorigin href="/assets/shell.js"></head><body><div id="root"></div></body></html>`;
    const page = fillShell(shell, content);
    const head = page.slice(0, page.indexOf('<body>'));
    expect(head).not.toContain('<script type="module"');
    expect(head).not.toContain('modulepreload');
    expect(page).toContain(
      `<template id="${DEFERRED_SCRIPTS_ID}"><script type="module" crossorigin src="/assets/index.js"></script>`,
    );
    expect(page).toContain(deferredScriptsLoader());
    // Painted only once the appearance script before the data has run.
    expect(head).toContain(HOLD_FIRST_PAINT);
    expect(page.indexOf(`id="${PRERENDERED_ID}"`)).toBeGreaterThan(page.indexOf('appearance()'));
  });

  it('takes the hold on the first paint out of the plain shell cut from a prerendered build', () => {
    const built = `<html><head>${HOLD_FIRST_PAINT}</head><body><div id="root"></div></body></html>`;
    expect(shellOf(built)).toBe('<html><head></head><body><div id="root"></div></body></html>');
    expect(fillShell(shellOf(built) ?? '', content).match(/rel="expect"/g)).toHaveLength(1);
  });

  it('leaves scripts that wait already, and a shell with none, as they are', () => {
    const waiting = `<html><head></head><body><div id="root"></div>${deferScripts('<script type="module" src="/a.js"></script></body>')}`;
    expect(fillShell(waiting, content).match(/<template/g)).toHaveLength(1);
    expect(fillShell('<div id="root"></div>', content)).toContain('<h1>Latest</h1>');
  });
});
