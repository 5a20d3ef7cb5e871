import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { embedScript, resources, test, trackResources } from './embed-support';
import { LEAD_STORY, LEAD_TITLE, snapshot } from './support';

const DEMO = '/embed-demo.html';
const PICTURE = readFileSync(join(import.meta.dirname, '..', '..', 'public', 'icons', 'icon-512.png'));

interface LedeEvent {
  type: string;
  from: string;
  detail: Record<string, unknown>;
}

const events = (page: Page) => page.evaluate(() => (window as unknown as { ledeEvents: LedeEvent[] }).ledeEvents);

async function openDemo(page: Page) {
  await page.goto(DEMO);
  const tile = page.locator('#tile');
  const column = page.locator('#column');
  // The demo's first load starts three readers at once on a cold server (each loads the bundled
  // stories and its worker); under CI load that has taken over 5 s, with both readers correctly
  // saying "Still loading", so the first wait allows for a cold start. Later checks keep the default.
  await expect(tile.getByRole('heading', { level: 1, name: 'Stories with Sweden' })).toBeVisible({ timeout: 20_000 });
  await expect(column.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  return { tile, column };
}

/** Computed styles that would betray a leak either way: typography, colour, box model. */
async function looks(locator: Locator) {
  return locator.evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      fontSize: style.fontSize,
      fontFamily: style.fontFamily,
      fontWeight: style.fontWeight,
      lineHeight: style.lineHeight,
      letterSpacing: style.letterSpacing,
      color: style.color,
      boxSizing: style.boxSizing,
      height: Math.round(box.height),
    };
  });
}

test('the host page looks the same before and after the readers mount', async ({ page }) => {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/embed/lede-reader.js', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto(DEMO, { waitUntil: 'commit' });
  const hostElements = ['html', 'body', '.portal-header h1', '#tile-title', '#column-title', '.portal-card', '#log'];
  await expect(page.locator('#tile-title')).toBeVisible();
  const styleOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => {
        const style = getComputedStyle(element);
        return Object.fromEntries([...style].map((name) => [name, style.getPropertyValue(name)]));
      });
  const snapshotStyles = async () => Promise.all(hostElements.map(styleOf));
  const before = await snapshotStyles();
  release();
  await expect(page.locator('#tile').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('#column').getByRole('heading', { level: 1 })).toBeVisible();
  const after = await snapshotStyles();
  // Sizes follow the content below (the readers take room as they mount); nothing else may change.
  const layout = /^(height|block-size|width|inline-size|perspective-origin|transform-origin)$/;
  const changed = hostElements.flatMap((selector, i) =>
    Object.keys(before[i]!)
      .filter((name) => !layout.test(name) && before[i]![name] !== after[i]![name])
      .map((name) => `${selector} ${name}: ${before[i]![name]} -> ${after[i]![name]}`),
  );
  expect(changed).toEqual([]);
  // The only thing added to the document is the @property registrations.
  await expect(page.locator('head style[data-lede-properties]')).toHaveCount(1);
  const registered = (await page.locator('head style[data-lede-properties]').textContent()) ?? '';
  expect(registered.replace(/@property\s+[\w-]+\s*\{[^}]*\}/g, '').trim()).toBe('');
});

test("the portal's hostile CSS does not change Lede", async ({ page, baseURL, foreign }) => {
  const parts = (root: Locator) => [
    root.getByRole('heading', { level: 1 }),
    root.getByRole('link', { name: 'Lede, latest stories' }),
    root.locator('header').first(),
    root.getByRole('searchbox'),
    root.getByRole('article').first().getByRole('heading').first(),
    root.getByRole('article').first().getByRole('paragraph').first(),
  ];
  const { tile } = await openDemo(page);
  const tileLooks = await Promise.all(parts(tile).map(looks));
  const width = await tile.evaluate((element) => getComputedStyle(element).width);

  // The same reader at the same width on a page with no CSS of its own.
  const attributes = `entity="sweden" layout="compact" theme="light" style="display: block; width: ${width}; height: 620px"`;
  await page.goto(foreign.serve('/clean.html', `${embedScript(baseURL!)}<lede-reader ${attributes}></lede-reader>`));
  const reader = page.locator('lede-reader');
  await expect(parts(reader)[0]!).toHaveText('Stories with Sweden');
  const cleanLooks = await Promise.all(parts(reader).map(looks));
  expect(cleanLooks[0]!.fontSize).toBe('24px');
  expect(cleanLooks[0]!.fontFamily).toMatch(/^system-ui/);
  expect(tileLooks).toEqual(cleanLooks);
});

test('two readers on one page are independent, and report what they do', async ({ page }) => {
  const { tile, column } = await openDemo(page);
  const href = page.url();
  const historyLength = await page.evaluate(() => history.length);
  const scrollY = await page.evaluate(() => window.scrollY);

  await column.getByRole('link', { name: /Moon lander finds ice-rich soil/ }).dispatchEvent('click');
  await expect(column.getByRole('heading', { level: 1, name: /Moon lander finds ice-rich soil/ })).toBeVisible();
  await expect(tile.getByRole('heading', { level: 1, name: 'Stories with Sweden' })).toBeVisible();
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'lede:navigate' && e.detail.view === 'article'))
    .toEqual([
      {
        type: 'lede:navigate',
        from: 'column',
        detail: { view: 'article', id: '2026-11-28-yukiusagi-finds-ice', search: {} },
      },
    ]);

  // Memory routing: the host's URL, history and scroll position stay as they were.
  expect(page.url()).toBe(href);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

  await column.evaluate((element: HTMLElement & { navigate: (to: unknown) => void }) =>
    element.navigate({ entity: 'japan' }),
  );
  await expect(column.getByRole('heading', { level: 1, name: 'Japan' })).toBeVisible();
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'lede:entity-select'))
    .toEqual([{ type: 'lede:entity-select', from: 'column', detail: { id: 'japan', name: 'Japan', type: 'place' } }]);
  expect(page.url()).toBe(href);
});

test('attribute changes re-render the same reader', async ({ page }) => {
  const { tile } = await openDemo(page);
  const shell = tile.locator('[data-scroll-frame]');
  await expect(shell).not.toHaveClass(/(^|\s)dark(\s|$)/);
  await tile.evaluate((element) => element.setAttribute('theme', 'dark'));
  await expect(shell).toHaveClass(/(^|\s)dark(\s|$)/);
  await expect(tile.getByRole('heading', { level: 1, name: 'Stories with Sweden' })).toBeVisible();

  await tile.evaluate((element) => element.setAttribute('entity', 'japan'));
  await expect(tile.getByRole('heading', { level: 1, name: 'Stories with Japan' })).toBeVisible();
  await expect(shell).toHaveClass(/(^|\s)dark(\s|$)/);
  // The theme is the host's to set: no toggle inside, nothing written to the page's storage.
  await expect(tile.getByRole('button', { name: /^Theme:/ })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('removing a reader releases its listeners and observers', async ({ page, baseURL, foreign }) => {
  await page.addInitScript(trackResources);
  const url = foreign.serve('/removal.html', embedScript(baseURL!));
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('lede-reader') !== undefined);
  const mountReader = async () => {
    await page.evaluate(() => {
      const reader = document.createElement('lede-reader');
      reader.id = 'temporary';
      document.body.append(reader);
    });
    const reader = page.locator('#temporary');
    await expect(reader.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
    return reader;
  };
  // React adds one selectionchange listener per document, shared by every root: count after it.
  await (await mountReader()).evaluate((element) => element.remove());
  const before = await resources(page);

  const reader = await mountReader();
  await reader.getByRole('link', { name: /Moon lander finds ice-rich soil/ }).click();
  await expect(reader.getByRole('heading', { level: 1, name: /Moon lander/ })).toBeVisible();
  await reader.evaluate((element) => element.setAttribute('theme', 'dark'));
  const mounted = await resources(page);
  expect(mounted.observers).toBeGreaterThan(before.observers);

  await reader.evaluate((element) => element.remove());
  await expect.poll(() => resources(page)).toEqual(before);
});

test('axe finds nothing inside the shadow roots', async ({ page }) => {
  await openDemo(page);
  const results = await new AxeBuilder({ page })
    .include('#tile')
    .include('#column')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the tile is one column and the column is wide, in light and dark', async ({ page }, info) => {
  const { tile, column } = await openDemo(page);
  await expect(tile.getByRole('group').or(tile.locator('details'))).toHaveCount(1);
  const wideEnough = info.project.name === 'desktop';
  await expect(column.getByRole('heading', { name: 'Who’s in these stories' })).toBeVisible({ visible: wideEnough });
  await snapshot(page, info, 'embed-demo-light');
  await tile.evaluate((element) => element.scrollIntoView());
  await snapshot(page, info, 'embed-demo-light-tile');
  await page.emulateMedia({ colorScheme: 'dark' });
  await column.evaluate((element) => element.scrollIntoView());
  await expect(column.locator('[data-scroll-frame]')).toHaveClass(/(^|\s)dark(\s|$)/);
  await snapshot(page, info, 'embed-demo-dark-column');
});

test('the iframe reports its height to the configured origin and trusts no other', async ({
  page,
  baseURL,
  foreign,
}) => {
  const url = foreign.serve('/frames.html', '');
  const host = new URL(url).origin;
  // One iframe told the truth about its parent, one told another origin.
  const frames = `
    <iframe id="trusted" title="trusted" style="width:400px;height:300px"
      src="${baseURL}/embed.html?entity=japan&parent=${encodeURIComponent(host)}"></iframe>
    <iframe id="other" title="other" style="width:400px;height:300px"
      src="${baseURL}/embed.html?entity=japan&parent=${encodeURIComponent(baseURL!)}"></iframe>
    <script>
      window.heights = { trusted: [], other: [] };
      addEventListener('message', (event) => {
        for (const id of ['trusted', 'other'])
          if (event.source === document.getElementById(id).contentWindow) window.heights[id].push(event.data);
      });
    </script>`;
  foreign.serve('/frames.html', frames);
  await page.goto(url);
  const trusted = page.frameLocator('#trusted');
  const other = page.frameLocator('#other');
  await expect(trusted.getByRole('heading', { level: 1, name: 'Stories with Japan' })).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'Stories with Japan' })).toBeVisible();
  type Heights = Record<'trusted' | 'other', { type: string; height: number }[]>;
  const heights = () => page.evaluate(() => (window as unknown as { heights: Heights }).heights);
  await expect.poll(async () => (await heights()).trusted.at(-1)?.height ?? 0).toBeGreaterThan(300);
  expect((await heights()).trusted.every((m) => m.type === 'lede:height')).toBe(true);
  expect((await heights()).other).toEqual([]);

  // The same message to both: only the frame that trusts this page's origin follows it.
  await page.evaluate(() => {
    for (const id of ['trusted', 'other']) {
      (document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage(
        { type: 'lede:navigate', to: { entity: 'sweden' } },
        '*',
      );
    }
  });
  await expect(trusted.getByRole('heading', { level: 1, name: 'Sweden' })).toBeVisible();
  await page.waitForTimeout(300);
  await expect(other.getByRole('heading', { level: 1, name: 'Stories with Japan' })).toBeVisible();
});

test('the demo iframe is sized by the height it reports', async ({ page }) => {
  await openDemo(page);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { ledeFrameHeights: number[] }).ledeFrameHeights.at(-1) ?? 0))
    .toBeGreaterThan(400);
  await expect(page.locator('#frame')).toHaveCSS('height', /^(?!480px)\d+px$/);
});

test("image-hosts lets a portal's CDN load story images at once; a bad entry is ignored with a warning", async ({
  page,
  baseURL,
  foreign,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  // The lead story's image on the portal's CDN, which answers with a real picture.
  await page.route(`**/data/stories/${LEAD_STORY}.json`, async (route) => {
    const story = (await (await route.fetch()).json()) as { image: { url: string } };
    await route.fulfill({ json: { ...story, image: { ...story.image, url: 'https://cdn.portal.example/flags.png' } } });
  });
  const cdn: string[] = [];
  await page.route('https://cdn.portal.example/**', (route) => {
    cdn.push(route.request().url());
    return route.fulfill({ body: PICTURE, contentType: 'image/png' });
  });
  const reader = `<lede-reader article="${LEAD_STORY}" image-hosts="cdn.portal.example https://bad.example/" style="display: block; height: 700px"></lede-reader>`;
  await page.goto(foreign.serve('/cdn.html', `${embedScript(baseURL!)}${reader}`));
  const element = page.locator('lede-reader');
  await expect(element.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
  const image = element.getByRole('img', { name: /Japan's and Sweden's/ });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(512);
  await expect(element.getByRole('button', { name: 'Load image' })).toHaveCount(0);
  expect(cdn).toEqual(['https://cdn.portal.example/flags.png']);
  expect(warnings).toContainEqual(expect.stringContaining('image-hosts: ignored "https://bad.example/"'));

  // Without the attribute the same image waits for the reader to ask.
  await element.evaluate((el) => el.removeAttribute('image-hosts'));
  await expect(element.getByRole('button', { name: 'Load image' })).toBeVisible();
  expect(cdn).toHaveLength(1);
});
