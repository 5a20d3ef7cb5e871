import { describe, expect, it } from 'vitest';
import { deferScripts, DEFERRED_SCRIPTS_ID } from '../../src/prerender/defer-scripts';

const PAGE = `<!doctype html>
<html><head>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/shell-b.js">
    <link rel="stylesheet" crossorigin href="/assets/shell-c.css">
    <link rel="preload" href="/data/first-page.json" as="fetch" crossorigin="anonymous">
  </head>
  <body><div id="root">story</div></body></html>`;

describe('deferScripts', () => {
  const page = deferScripts(PAGE);
  const head = page.slice(0, page.indexOf('</head>'));

  it('leaves the stylesheet in the head and takes the scripts and the data preload out of it', () => {
    expect(head).toContain('rel="stylesheet"');
    expect(head).not.toMatch(/<script|modulepreload|first-page/);
    expect(page).not.toContain('first-page.json');
  });

  it('keeps the scripts, inert, in a template after the content, with the loader that starts them', () => {
    const template = page.match(new RegExp(`<template id="${DEFERRED_SCRIPTS_ID}">(.*?)</template>`))?.[1];
    expect(template).toBe(
      '<script type="module" crossorigin src="/assets/index-a.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/shell-b.js">',
    );
    expect(page.indexOf('<template')).toBeGreaterThan(page.indexOf('story'));
    expect(page).toMatch(/<\/template><script>\(function\(id\)[\s\S]*requestAnimationFrame[\s\S]*<\/script>/);
  });

  it('refuses a page without a module script', () => {
    expect(() => deferScripts('<html><head></head><body></body></html>')).toThrow(/no module script/);
  });
});
