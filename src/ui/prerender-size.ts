/**
 * The screen HTML rendered at build time is laid out for (a phone's); the browser's hydration
 * renders for it too, then measures the real one.
 */
export const PRERENDER_WIDTH = 390;
export const PRERENDER_HEIGHT = 844;
