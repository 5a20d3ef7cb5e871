import { ToggleButton } from '../ui/toggle-button';
import { toggleFollow } from './actions';
import { useIsFollowed, useReadingStore } from './reading-context';
import type { FollowedEntity } from './schema';

interface FollowButtonProps {
  entity: FollowedEntity;
  className?: string;
}

/**
 * Follow or unfollow a person, organization or place. The data attributes let the `f` shortcut
 * find the control nearest to focus and say what it did.
 */
export function FollowButton({ entity, className = 'btn' }: FollowButtonProps) {
  const store = useReadingStore();
  return (
    <ToggleButton
      pressed={useIsFollowed(entity.id)}
      off={{ icon: '+', text: 'Follow' }}
      on={{ icon: '✓', text: 'Following' }}
      subject={entity.name}
      className={className}
      data-follow-button=""
      data-follow-id={entity.id}
      data-follow-name={entity.name}
      onClick={() => store.update((state) => toggleFollow(state, entity))}
    />
  );
}
