import type { Article } from '../../news/schema/article';

/** Says that the story on screen is not exactly what its source sent, and what was changed. */
export function RepairNote({ repairs }: { repairs: NonNullable<Article['repairs']> }) {
  const fields = [...new Set(repairs.map((repair) => repair.field.split('.')[0]))];
  return (
    <details className="mt-3 rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-800 dark:bg-stone-900 dark:text-stone-200">
      <summary className="cursor-pointer">
        Shown with {repairs.length === 1 ? '1 repair' : `${repairs.length} repairs`}: some of this story’s data was
        invalid ({fields.join(', ')}) and was fixed or left out.
      </summary>
      <ul className="mt-2 list-disc pl-5">
        {repairs.map((repair, index) => (
          <li key={index}>
            <code>{repair.field}</code>: {repair.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
