import type { ReadingSettings, ReadingState } from './schema';

/**
 * The reading state's fixed values, apart from its schemas (./schema): the first render needs
 * these, and importing them must not bring in the validator.
 */
export const TEXT_SIZES = ['smaller', 'default', 'large', 'larger', 'largest'] as const;
export const THEMES = ['system', 'light', 'dark', 'sepia'] as const;
export const DENSITIES = ['comfortable', 'compact'] as const;

export const CURRENT_VERSION = 2;

export const DEFAULT_SETTINGS: ReadingSettings = { textSize: 'default', theme: 'system', density: 'comfortable' };

export function emptyState(): ReadingState {
  return { version: 2, read: [], saved: [], following: [], settings: DEFAULT_SETTINGS };
}
