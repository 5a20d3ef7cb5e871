/**
 * Lede's stylesheet, rewritten to live in a shadow root on someone else's page. Pure string
 * functions: the embed build applies toShadowCss once (scripts/embed-css-plugin.ts), the element
 * splits off the @property rules at run time.
 */

/** 1rem in the embed is always 16px: rem would follow the host's html font-size. */
const REM_PX = 16;

/*
 * A number with a rem unit where a value can start (after a colon, space, bracket, comma, operator
 * or comparison, as in `@container (width>=42rem)`), so class names that contain "rem" (`.max-w-\[96rem\]`) are left alone.
 */
const REM = /(?<=[\s:(,*/+<>=]|^)(-?(?:\d+\.?\d*|\.\d+))rem(?![\w\\-])/g;

export function remToPx(css: string): string {
  return css.replace(REM, (_match, value: string) => `${round(Number(value) * REM_PX)}px`);
}

function round(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/*
 * The document-level selectors: `html`, `:root` and `:host` as whole compound selectors. Inside a
 * shadow root `html` and `:root` match nothing, and on `:host` the host page's `!important` rules
 * would win (they apply to the host element itself); the reader's own root element has none.
 */
const DOCUMENT_SELECTOR = /(?<=^|[{},;\s])(?:html|:root|:host)(?=\s*[,{])/g;

export const READER_ROOT_CLASS = 'lede-root';

export function toReaderRoot(css: string): string {
  return css.replace(DOCUMENT_SELECTOR, `.${READER_ROOT_CLASS}`);
}

/** What the embed build does to the stylesheet. */
export function toShadowCss(css: string): string {
  return toReaderRoot(remToPx(css));
}

const PROPERTY_RULE = /@property\s+[\w-]+\s*\{[^}]*\}/g;

/**
 * Chromium ignores @property inside shadow roots, and Tailwind's borders, shadows and transforms
 * rely on the registered initial values; the rules go to the host document instead, once.
 */
export function splitPropertyRules(css: string): { properties: string; rest: string } {
  const properties = css.match(PROPERTY_RULE) ?? [];
  return { properties: properties.join('\n'), rest: css.replace(PROPERTY_RULE, '') };
}

/**
 * Rules for the host element and the reader's root, in a layer below Tailwind's: the host is reset
 * so nothing the page sets on it (font, colour, line height, letter spacing) is inherited inside,
 * and it is a block with a height of its own, which the page may override.
 */
export const HOST_CSS = `@layer lede-host {
:host { all: initial; display: block; position: relative; height: 640px; }
:host([hidden]) { display: none; }
.${READER_ROOT_CLASS} { all: initial; display: block; height: 100%; font-size: 16px; line-height: 1.5; font-weight: 400; font-style: normal; letter-spacing: normal; word-spacing: normal; text-align: start; text-transform: none; white-space: normal; }
}`;
