import { changeSettings } from '../../reading/change-settings';
import { TEXT_SIZE_LABEL } from '../../reading/appearance';
import { useReading, useReadingStore } from '../../reading/reading-context';
import { DENSITIES, TEXT_SIZES, THEMES } from '../../reading/defaults';
import type { ReadingSettings, ReadingState } from '../../reading/schema';
import { ChoiceGroup } from './choice-group';
import { StateTransfer } from './state-transfer';

const THEME_LABEL = { system: 'Same as the device', light: 'Light', dark: 'Dark', sepia: 'Sepia' } as const;
const DENSITY_LABEL = { comfortable: 'Comfortable', compact: 'Compact' } as const;
const selectSettings = (state: ReadingState) => state.settings;

/** Reading settings (applied as they are picked) and this device's reading state as a file. */
export function SettingsView() {
  const store = useReadingStore();
  const settings = useReading(selectSettings);
  const change = (next: Partial<ReadingSettings>) => store.update((state) => changeSettings(state, next));

  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <section aria-labelledby="reading-settings" className="mt-4">
        <h2 id="reading-settings" className="text-lg font-bold">
          Reading
        </h2>
        <ChoiceGroup
          legend="Text size"
          name="text-size"
          options={TEXT_SIZES}
          labels={TEXT_SIZE_LABEL}
          value={settings.textSize}
          onChange={(textSize) => change({ textSize })}
        />
        <p className="mt-2 max-w-prose font-serif text-[calc(1.0625rem*var(--reader-text-scale,1))] leading-[1.7]">
          Stories and the feed are set at this size.
        </p>
        <ChoiceGroup
          legend="Theme"
          name="theme"
          options={THEMES}
          labels={THEME_LABEL}
          value={settings.theme}
          onChange={(theme) => change({ theme })}
        />
        <ChoiceGroup
          legend="Feed density"
          name="density"
          options={DENSITIES}
          labels={DENSITY_LABEL}
          value={settings.density}
          onChange={(density) => change({ density })}
        />
      </section>
      <StateTransfer />
    </div>
  );
}
