import { createContext, useContext } from 'react';
import { useMediaQuery } from '../ui/use-media-query';

/** A theme the reader's owner sets (the embed's `theme` attribute); it wins over the reader's own choice. */
export type ThemeOverride = 'light' | 'dark' | 'auto';

const ThemeOverrideContext = createContext<ThemeOverride | undefined>(undefined);

export const ThemeOverrideProvider = ThemeOverrideContext.Provider;

/** Dark or light when the owner set the theme; null when the reader's own choice applies. */
export function useForcedDark(): boolean | null {
  const override = useContext(ThemeOverrideContext);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  if (override === undefined) return null;
  return override === 'dark' || (override === 'auto' && systemDark);
}
