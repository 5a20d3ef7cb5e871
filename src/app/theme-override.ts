import { createContext, useContext } from 'react';
import type { ThemeChoice } from '../reading/schema';

/** A theme the reader's owner sets (the embed's `theme` attribute); it wins over the reader's own choice. */
export type ThemeOverride = 'light' | 'dark' | 'auto';

const ThemeOverrideContext = createContext<ThemeOverride | undefined>(undefined);

export const ThemeOverrideProvider = ThemeOverrideContext.Provider;

const AS_CHOICE: Record<ThemeOverride, ThemeChoice> = { light: 'light', dark: 'dark', auto: 'system' };

/** The theme the owner set, as a reader's theme choice; undefined when the reader's own choice applies. */
export function useThemeOverride(): ThemeChoice | undefined {
  const override = useContext(ThemeOverrideContext);
  return override === undefined ? undefined : AS_CHOICE[override];
}
