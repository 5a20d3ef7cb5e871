import { useCallback } from 'react';
import { changeSettings } from '../reading/change-settings';
import { appearanceOf, type Appearance } from '../reading/appearance';
import { useReading, useReadingStore } from '../reading/reading-context';
import type { ReadingSettings, ThemeChoice } from '../reading/schema';
import { useMediaQuery } from '../ui/use-media-query';
import { useThemeOverride } from './theme-override';

export type { ThemeChoice };

const selectSettings = (state: { settings: ReadingSettings }) => state.settings;

/**
 * The reading settings as the reader's root attributes; 'system' follows the device's scheme live.
 * A theme set by the reader's owner (the embed's attribute) wins over the stored one.
 */
export function useAppearance(): Appearance {
  const settings = useReading(selectSettings);
  const override = useThemeOverride();
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)');
  return appearanceOf(override ? { ...settings, theme: override } : settings, systemDark);
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
