import { ToggleButton } from '../ui/toggle-button';
import { toggleSaved } from './actions';
import { useIsSaved, useReadingStore } from './reading-context';

interface SaveButtonProps {
  storyId: string;
  title: string;
  className?: string;
}

/** Save for later, or take it off the Saved list. */
export function SaveButton({ storyId, title, className = 'btn' }: SaveButtonProps) {
  const store = useReadingStore();
  return (
    <ToggleButton
      pressed={useIsSaved(storyId)}
      off={{ icon: '☆', text: 'Save' }}
      on={{ icon: '★', text: 'Saved' }}
      subject={title}
      className={className}
      onClick={() => store.update((state) => toggleSaved(state, storyId))}
    />
  );
}
