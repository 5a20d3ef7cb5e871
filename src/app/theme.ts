import { useCallback, useState } from 'react';
import { useMediaQuery } from '../ui/use-media-query';

export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'lede.theme';

/** Follows the system until the reader picks a theme; the pick is remembered where storage allows. */
export function useTheme(): { choice: ThemeChoice; dark: boolean; setChoice: (choice: ThemeChoice) => void } {
  const [choice, setChoiceState] = useState<ThemeChoice>(readChoice);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  const setChoice = useCallback((next: ThemeChoice) => {
    setChoiceState(next);
    try {
      if (next === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or blocked storage: the choice lasts for this visit only.
    }
  }, []);
  return { choice, dark: choice === 'dark' || (choice === 'system' && systemDark), setChoice };
}

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}
