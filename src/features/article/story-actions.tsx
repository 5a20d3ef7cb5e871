import { toggleRead } from '../../reading/actions';
import { useIsRead, useReadingStore } from '../../reading/reading-context';
import { SaveButton } from '../../reading/save-button';
import { ShareButton } from './share-button';

const control = 'btn min-h-9 px-3 text-sm';

/** What a reader does with the open story: keep it, put it back among the unread, pass it on. */
export function StoryActions({ id, title }: { id: string; title: string }) {
  const store = useReadingStore();
  const read = useIsRead(id);
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2">
      <SaveButton storyId={id} title={title} className={control} />
      <button type="button" className={control} onClick={() => store.update((state) => toggleRead(state, id))}>
        {read ? 'Mark unread' : 'Mark read'}
      </button>
      <ShareButton title={title} className={control} />
    </div>
  );
}
