import type { FollowedEntity, ReadingState } from './schema';

/**
 * Pure changes to the reading state; each returns the same object when nothing changes, so the
 * store neither writes nor notifies. Read ids are capped: the oldest fall off a very long history.
 */
const MAX_READ = 5000;

export const isRead = (state: ReadingState, id: string): boolean => state.read.includes(id);
export const isSaved = (state: ReadingState, id: string): boolean => state.saved.includes(id);
export const isFollowing = (state: ReadingState, id: string): boolean => state.following.some((item) => item.id === id);

/** The ids among `ids` not yet read, in their order. */
export function unreadAmong(state: ReadingState, ids: readonly string[]): string[] {
  return ids.filter((id) => !isRead(state, id));
}

export function markRead(state: ReadingState, ids: readonly string[]): ReadingState {
  const fresh = unreadAmong(state, ids);
  if (fresh.length === 0) return state;
  return { ...state, read: [...state.read, ...fresh].slice(-MAX_READ) };
}

export function markUnread(state: ReadingState, ids: readonly string[]): ReadingState {
  const read = state.read.filter((id) => !ids.includes(id));
  return read.length === state.read.length ? state : { ...state, read };
}

export function toggleRead(state: ReadingState, id: string): ReadingState {
  return isRead(state, id) ? markUnread(state, [id]) : markRead(state, [id]);
}

export function toggleSaved(state: ReadingState, id: string): ReadingState {
  const saved = isSaved(state, id) ? state.saved.filter((item) => item !== id) : [id, ...state.saved];
  return { ...state, saved };
}

export function toggleFollow(state: ReadingState, entity: FollowedEntity): ReadingState {
  const following = isFollowing(state, entity.id)
    ? state.following.filter((item) => item.id !== entity.id)
    : [entity, ...state.following];
  return { ...state, following };
}
