import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/**
 * Renders the app icons' PNGs from their SVG sources in public/icons with Chromium, so the
 * artwork lives in one editable file each. Run after changing an SVG: npx tsx scripts/make-icons.ts
 */
const DIR = join(import.meta.dirname, '..', 'public', 'icons');
const OUTPUTS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'maskable.svg', png: 'maskable-512.png', size: 512 },
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--headless', ...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage();
  for (const { svg, png, size } of OUTPUTS) {
    await page.setViewportSize({ width: size, height: size });
    const source = readFileSync(join(DIR, svg), 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${source}`,
    );
    writeFileSync(join(DIR, png), await page.screenshot({ omitBackground: true }));
    console.log(`${png} (${size}x${size}) from ${svg}`);
  }
} finally {
  await browser.close();
}
