import { useId } from 'react';

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}

/** A labelled set of radio buttons drawn as a row of segments; arrow keys move between them. */
export function ChoiceGroup<T extends string>({ legend, name, options, labels, value, onChange }: ChoiceGroupProps<T>) {
  const id = useId();
  return (
    <fieldset className="mt-6">
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option}
            htmlFor={`${id}-${option}`}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 has-[:checked]:border-sky-700 has-[:checked]:bg-sky-50 has-[:checked]:font-semibold has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky-600 dark:border-stone-600 dark:bg-stone-900 dark:has-[:checked]:border-sky-400 dark:has-[:checked]:bg-sky-950"
          >
            <input
              id={`${id}-${option}`}
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="accent-sky-700"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
