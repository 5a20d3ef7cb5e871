import type { ThemeChoice } from './theme';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'sepia', sepia: 'system' };
const LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark', sepia: 'Sepia' };
const ICON: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾', sepia: '❦' };

/** One button cycling system -> light -> dark -> sepia; its name says the current theme and what a press does. */
export function ThemeToggle({ choice, onChange }: { choice: ThemeChoice; onChange: (choice: ThemeChoice) => void }) {
  return (
    <button
      type="button"
      className="btn shrink-0 px-3 text-sm"
      onClick={() => onChange(NEXT[choice])}
      aria-label={`Theme: ${LABEL[choice]}. Switch to ${LABEL[NEXT[choice]].toLowerCase()}.`}
    >
      <span aria-hidden="true">{ICON[choice]}</span>
      <span className="ml-2 hidden @5xl:inline">{LABEL[choice]}</span>
    </button>
  );
}
