import { toggleFollow } from './actions';
import { useIsFollowed, useReadingStore } from './reading-context';
import type { FollowedEntity } from './schema';

interface FollowButtonProps {
  entity: FollowedEntity;
  className?: string;
}

/**
 * Follow or unfollow a person, organization or place. A toggle button: its name stays "Follow X"
 * and aria-pressed says whether it is on, so the state is announced, not only shown. The data
 * attributes let the `f` shortcut find the control nearest to focus.
 */
export function FollowButton({ entity, className = 'btn' }: FollowButtonProps) {
  const store = useReadingStore();
  const followed = useIsFollowed(entity.id);
  return (
    <button
      type="button"
      className={className}
      aria-pressed={followed}
      data-follow-button=""
      data-follow-id={entity.id}
      data-follow-name={entity.name}
      onClick={() => store.update((state) => toggleFollow(state, entity))}
    >
      <span aria-hidden="true" className="mr-1">
        {followed ? '✓' : '+'}
      </span>
      {followed ? 'Following' : 'Follow'}{' '}
      <span className="sr-only" dir="auto">
        {entity.name}
      </span>
    </button>
  );
}
