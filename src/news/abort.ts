/** An abort is the reader moving on, never a failure: callers (React Query) recognise this name. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

export function abortError(): DOMException {
  return new DOMException('The request was superseded by a newer one.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
