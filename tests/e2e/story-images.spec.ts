import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { LEAD_STORY, LEAD_TITLE } from './support';

const expect = baseExpect.configure({ timeout: 20_000 });
const ROOT = join(import.meta.dirname, '..', '..');
const PICTURE = readFileSync(join(ROOT, 'public', 'icons', 'icon-512.png'));
const SHOTS = process.env.LEDE_SHOTS_DIR;
const TRACKER = 'https://tracker.example/pixel.png?reader=42';
const ALT = "Two flags, Japan's and Sweden's, side by side";

/** Every request the page makes, by host; the test fails on any host it did not allow. */
function requestLog(page: Page): string[] {
  const hosts: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:') hosts.push(url.host);
  });
  return hosts;
}

/**
 * The lead story's image moved to `imageUrl`, as a backend naming another host would send it;
 * that host answers with a real PNG.
 */
async function storyImageOn(page: Page, imageUrl: string): Promise<void> {
  type Story = { image?: { url: string } };
  const rewrite = (story: Story) => (story.image ? { ...story, image: { ...story.image, url: imageUrl } } : story);
  await page.route(`**/data/stories/${LEAD_STORY}.json`, async (route) => {
    await route.fulfill({ json: rewrite((await (await route.fetch()).json()) as Story) });
  });
  await page.route(`${new URL(imageUrl).origin}/**`, (route) =>
    route.fulfill({ body: PICTURE, contentType: 'image/png' }),
  );
}

async function shot(page: Page, name: string, project: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}-${project}.png`) });
}

test('an image on another host waits behind "Load image" and loads only when asked', async ({
  page,
  baseURL,
}, info) => {
  const own = new URL(baseURL ?? '').host;
  const hosts = requestLog(page);
  await storyImageOn(page, TRACKER);

  await page.goto(`/articles/${LEAD_STORY}`);
  await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();

  const button = page.getByRole('button', { name: 'Load image' });
  await expect(button).toBeVisible();
  const figure = page.getByRole('figure');
  await expect(figure).toContainText(ALT);
  await expect(figure).toContainText('tracker.example');
  await expect(figure).toContainText('Credit: Nordic Wire Photo');
  await figure.scrollIntoViewIfNeeded();
  const before = await button.locator('..').boundingBox();
  await shot(page, 'story-image-placeholder', info.project.name);
  expect(hosts.filter((host) => host !== own)).toEqual([]);

  // From the keyboard: focus reaches the button and Enter loads the picture in the same box.
  await button.focus();
  await page.keyboard.press('Enter');
  const image = page.getByRole('img', { name: ALT });
  await expect(image).toBeFocused();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(512);
  const after = await image.boundingBox();
  expect(after?.width).toBeCloseTo(before?.width ?? 0, 0);
  expect(after?.height).toBeCloseTo(before?.height ?? 0, 0);
  await shot(page, 'story-image-loaded', info.project.name);
  expect([...new Set(hosts.filter((host) => host !== own))]).toEqual(['tracker.example']);
});

test('images on config.json’s imageHosts load at once, with no other host asked', async ({ page, baseURL }) => {
  const own = new URL(baseURL ?? '').host;
  const hosts = requestLog(page);
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { apiBaseUrl: null, imageHosts: ['images.example.com'] } }),
  );
  await storyImageOn(page, 'https://images.example.com/flags.png');

  await page.goto(`/articles/${LEAD_STORY}`);
  await expect(page.getByRole('heading', { level: 1, name: LEAD_TITLE })).toBeVisible();
  const image = page.getByRole('img', { name: ALT });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(512);
  await expect(page.getByRole('button', { name: 'Load image' })).toHaveCount(0);
  expect([...new Set(hosts.filter((host) => host !== own))]).toEqual(['images.example.com']);
});
