import { describe, expect, it, vi } from 'vitest';
import { createDeviceStorage } from '../../../src/app/pwa/device-storage';
import { MAX_AGE_MS, shouldPersistQuery } from '../../../src/app/pwa/persistence';

const NOW = Date.parse('2026-11-29T12:00:00Z');
const query = (status: 'success' | 'error' | 'pending', ageMs = 0) => ({
  state: { status, dataUpdatedAt: status === 'pending' ? 0 : NOW - ageMs } as never,
});

describe('which queries are saved on the device', () => {
  it('keeps answers that arrived, for a week after they did', () => {
    expect(shouldPersistQuery(query('success', 60_000), NOW)).toBe(true);
    expect(shouldPersistQuery(query('success', MAX_AGE_MS + 1), NOW)).toBe(false);
  });

  it('never keeps errors or requests still in flight', () => {
    expect(shouldPersistQuery(query('error'), NOW)).toBe(false);
    expect(shouldPersistQuery(query('pending'), NOW)).toBe(false);
  });
});

describe('device storage', () => {
  it('without IndexedDB (jsdom, some private modes) reads nothing and writes quietly', async () => {
    const storage = createDeviceStorage({ preload: 'query-cache' });
    await expect(storage.getItem('query-cache')).resolves.toBeUndefined();
    await expect(storage.setItem('query-cache', '{}')).resolves.toBeUndefined();
    await expect(storage.removeItem('query-cache')).resolves.toBeUndefined();
  });

  it('when IndexedDB throws (storage denied), the reader still starts', async () => {
    const denied = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Object.defineProperty(globalThis, 'indexedDB', { configurable: true, get: denied });
    try {
      const storage = createDeviceStorage({ preload: 'query-cache' });
      await expect(storage.getItem('query-cache')).resolves.toBeUndefined();
      await expect(storage.setItem('query-cache', '{}')).resolves.toBeUndefined();
    } finally {
      delete (globalThis as { indexedDB?: unknown }).indexedDB;
    }
  });

  it('when IndexedDB never answers, the first read gives up instead of holding the reader', async () => {
    const silent = { open: () => ({}) };
    Object.defineProperty(globalThis, 'indexedDB', { configurable: true, value: silent });
    vi.useFakeTimers();
    try {
      const read = createDeviceStorage({ preload: 'query-cache' }).getItem('query-cache');
      await vi.advanceTimersByTimeAsync(2000);
      await expect(read).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
      delete (globalThis as { indexedDB?: unknown }).indexedDB;
    }
  });
});
