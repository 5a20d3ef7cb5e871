import { useCallback } from 'react';
import { changeSettings } from '../reading/actions';
import { appearanceOf, type Appearance } from '../reading/appearance';
import { useReading, useReadingStore } from '../reading/reading-context';
import type { ReadingSettings, ThemeChoice } from '../reading/schema';
import { useMediaQuery } from '../ui/use-media-query';

export type { ThemeChoice };

const selectSettings = (state: { settings: ReadingSettings }) => state.settings;

/** The reading settings as the reader's root attributes; 'system' follows the device's scheme live. */
export function useAppearance(): Appearance {
  const settings = useReading(selectSettings);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  return appearanceOf(settings, systemDark);
}

/** The theme pick, kept with the other reading settings (a pick stored by older versions carries over). */
export function useTheme(): { choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void } {
  const store = useReadingStore();
  const choice = useReading(selectSettings).theme;
  const setChoice = useCallback(
    (theme: ThemeChoice) => store.update((state) => changeSettings(state, { theme })),
    [store],
  );
  return { choice, setChoice };
}
