import type { CSSProperties } from 'react';
import type { ReadingSettings, TextSize } from './schema';

/** How much bigger than the design's own size the story text (and the feed's) is set. */
export const TEXT_SCALE: Record<TextSize, number> = {
  smaller: 0.9,
  default: 1,
  large: 1.125,
  larger: 1.25,
  largest: 1.5,
};

export const TEXT_SIZE_LABEL: Record<TextSize, string> = {
  smaller: 'Smaller',
  default: 'Default',
  large: 'Large',
  larger: 'Larger',
  largest: 'Largest',
};

export interface Appearance {
  className: string;
  style: CSSProperties;
  'data-density': ReadingSettings['density'];
  /** The scheme the page's own controls (scroll bars, form fields) are drawn in. */
  dark: boolean;
}

/**
 * The settings as attributes of the reader's own root element, never of <html> or <body>: an
 * embedded reader lives inside someone else's page. Text size is a custom property the story and
 * feed text multiply by; sepia swaps the palette's variables (styles.css); density is a variant.
 */
export function appearanceOf(settings: ReadingSettings, systemDark: boolean): Appearance {
  const dark = settings.theme === 'dark' || (settings.theme === 'system' && systemDark);
  return {
    className: dark ? 'dark' : settings.theme === 'sepia' ? 'theme-sepia' : '',
    style: { '--reader-text-scale': String(TEXT_SCALE[settings.textSize]) } as CSSProperties,
    'data-density': settings.density,
    dark,
  };
}
