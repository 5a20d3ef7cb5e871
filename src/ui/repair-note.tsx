import type { Repair } from '../news/repair/repair-log';
import { repairWords } from '../news/repair/repair-words';

interface RepairNoteProps {
  repairs: readonly Repair[];
  /** What was repaired, as the sentence names it: "this story’s", "this page’s". */
  whose: string;
}

/**
 * Says that what is on screen is not exactly what its source sent, and what was changed, in words
 * for a person ("Image dropped: not an http(s) address"); repairs with the same outcome share a line.
 */
export function RepairNote({ repairs, whose }: RepairNoteProps) {
  const lines = new Map<string, Set<string>>();
  for (const repair of repairs) {
    const { what, detail } = repairWords(repair);
    lines.set(what, (lines.get(what) ?? new Set()).add(detail));
  }
  return (
    <details className="mt-3 rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-800 dark:bg-stone-900 dark:text-stone-200">
      <summary className="cursor-pointer">
        Shown with {repairs.length === 1 ? '1 repair' : `${repairs.length} repairs`}: some of {whose} data was invalid
        and was fixed or left out.
      </summary>
      <ul aria-label="What was repaired" className="mt-2 list-disc pl-5">
        {[...lines].map(([what, details]) => (
          <li key={what}>
            {what}: {[...details].join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}
