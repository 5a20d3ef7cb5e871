import type { ReadingSettings, ReadingState } from './schema';

/**
 * A pure change to the reading settings, like those in actions.ts. Apart from them because the
 * theme toggle in every reader's banner needs only this, and the rest load with the pages.
 */
export function changeSettings(state: ReadingState, change: Partial<ReadingSettings>): ReadingState {
  return { ...state, settings: { ...state.settings, ...change } };
}
