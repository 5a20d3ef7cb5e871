import { createContext, useContext, type ReactNode } from 'react';

/**
 * The offline banner and update prompt come with the offline code (OfflineCache provides them
 * once it is in), which main.tsx loads beside config.json: so neither the first download nor the
 * embed carries them, and the reader never waits for them.
 */
export const OfflineChromeContext = createContext<ReactNode>(null);

/** Where the shell shows offline support's own UI; nothing without it (the embed, tests). */
export function OfflineChromeSlot() {
  return useContext(OfflineChromeContext);
}
