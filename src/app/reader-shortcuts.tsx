import { useLocation, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { isFollowing, isRead, isSaved, toggleRead, toggleSaved } from '../reading/actions';
import { useReadingStore } from '../reading/reading-context';
import { deepActiveElement, useShortcut } from '../ui/shortcuts';

/**
 * The shortcuts that act on whatever story or entity is in front of the reader, wherever it is
 * shown (a feed card, the open story, an entity's page, sidebar entry or card). Features mark those
 * places with data attributes, so this needs none of their code: `data-story-id` (with
 * `data-current-story` on the open story) and `data-follow-scope` around a Follow button.
 * The feed's own j/k/o and the story's previous/next live with the feed and the story.
 */
export function ReaderShortcuts() {
  const store = useReadingStore();
  const navigate = useNavigate();
  const pathname = useLocation({ select: (location) => location.pathname });
  const search = useLocation({ select: (location) => location.search });
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [message, setMessage] = useState('');
  const scope = (): ParentNode => root?.closest('[data-reader-root]') ?? document;

  useShortcut('save', () => {
    const story = storyNearFocus(scope());
    if (!story) return false;
    store.update((state) => toggleSaved(state, story.id));
    const saved = isSaved(store.getState(), story.id);
    setMessage(`${saved ? 'Saved' : 'Removed from Saved'}: ${story.title}`);
  });

  useShortcut('read', () => {
    const story = storyNearFocus(scope());
    if (!story) return false;
    store.update((state) => toggleRead(state, story.id));
    const read = isRead(store.getState(), story.id);
    setMessage(`Marked ${read ? 'read' : 'unread'}: ${story.title}`);
  });

  useShortcut('follow', () => {
    const active = deepActiveElement();
    const button =
      active?.closest('[data-follow-scope]')?.querySelector<HTMLButtonElement>('[data-follow-button]') ??
      scope().querySelector<HTMLButtonElement>('[role="dialog"] [data-follow-button]') ??
      scope().querySelector<HTMLButtonElement>('[data-follow-scope="page"] [data-follow-button]');
    const id = button?.dataset.followId;
    if (!button || !id) return false;
    button.click();
    const following = isFollowing(store.getState(), id);
    setMessage(`${following ? 'Following' : 'Stopped following'} ${button.dataset.followName ?? ''}`);
  });

  useShortcut('back', (event) => {
    if (pathname === '/') return false;
    // Escape first closes an open entity card; only a second one goes back.
    if (event.key === 'Escape' && scope().querySelector('[role="dialog"]')) return false;
    const current = scope().querySelector<HTMLElement>('[data-current-story]')?.dataset.storyId;
    void navigate({ to: '/', search, state: current ? { returnTo: current } : {} });
  });

  return (
    <p ref={setRoot} role="status" className="sr-only">
      {message}
    </p>
  );
}

function storyNearFocus(scope: ParentNode): { id: string; title: string } | null {
  const element =
    deepActiveElement()?.closest<HTMLElement>('[data-story-id]') ??
    scope.querySelector<HTMLElement>('[data-current-story]');
  const id = element?.dataset.storyId;
  return id ? { id, title: element.dataset.storyTitle ?? '' } : null;
}
