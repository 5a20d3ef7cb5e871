import { toggleSaved } from './actions';
import { useIsSaved, useReadingStore } from './reading-context';

interface SaveButtonProps {
  storyId: string;
  title: string;
  className?: string;
}

/** Save for later, or take it off the Saved list; aria-pressed carries the state. */
export function SaveButton({ storyId, title, className = 'btn' }: SaveButtonProps) {
  const store = useReadingStore();
  const saved = useIsSaved(storyId);
  return (
    <button
      type="button"
      className={className}
      aria-pressed={saved}
      onClick={() => store.update((state) => toggleSaved(state, storyId))}
    >
      <span aria-hidden="true" className="mr-1">
        {saved ? '★' : '☆'}
      </span>
      {saved ? 'Saved' : 'Save'}{' '}
      <span className="sr-only" dir="auto">
        {title}
      </span>
    </button>
  );
}
