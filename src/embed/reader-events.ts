import type { ReaderLocation } from '../app/reader-location';
import type { EntitySelection } from '../app/use-reader-events';

/** The events <lede-reader> fires; they bubble and cross shadow boundaries (composed). */
export interface LedeReaderEventMap {
  'lede:navigate': CustomEvent<ReaderLocation>;
  'lede:entity-select': CustomEvent<EntitySelection>;
  'lede:error': CustomEvent<{ message: string }>;
}

export function emit<K extends keyof LedeReaderEventMap>(
  target: EventTarget,
  type: K,
  detail: LedeReaderEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
