import { describe, expect, it, vi } from 'vitest';
import { markRead, toggleFollow, toggleSaved } from '../../src/reading/actions';
import { parseStoredText } from '../../src/reading/migrate';
import { emptyState } from '../../src/reading/defaults';
import { createReadingStore } from '../../src/reading/store';
import { localStateStorage, memoryStateStorage, STORAGE_KEY, type StateStorage } from '../../src/reading/storage';

const kihara = { id: 'minoru-kihara', name: 'Minoru Kihara', type: 'person' } as const;

describe('the reading store', () => {
  it('starts empty, writes every change as the current version, and reads it back', () => {
    const storage = memoryStateStorage();
    const store = createReadingStore(storage);
    expect(store.getState()).toEqual(emptyState());
    store.update((state) => toggleFollow(toggleSaved(markRead(state, ['a', 'b']), 'b'), kihara));

    const stored = JSON.parse(storage.text ?? 'null') as unknown;
    expect(stored).toMatchObject({ version: 2, read: ['a', 'b'], saved: ['b'], following: [kihara] });
    const again = createReadingStore(storage);
    expect(again.getState()).toEqual(store.getState());
    expect(again.getStatus()).toEqual({ kept: true, notice: null });
  });

  it('notifies subscribers on a change, and neither writes nor notifies when nothing changed', () => {
    const storage = memoryStateStorage();
    const save = vi.spyOn(storage, 'save');
    const store = createReadingStore(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((state) => markRead(state, ['a']));
    store.update((state) => markRead(state, ['a']));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('migrates a version 1 state: read and saved kept, theme carried into the settings', () => {
    const v1 = JSON.stringify({ version: 1, read: ['a'], saved: ['b'], theme: 'dark' });
    const store = createReadingStore(memoryStateStorage(v1));
    expect(store.getState()).toEqual({
      version: 2,
      read: ['a'],
      saved: ['b'],
      following: [],
      settings: { textSize: 'default', theme: 'dark', density: 'comfortable' },
    });
    expect(store.getStatus().notice).toBeNull();
  });

  it('carries over the theme stored under lede.theme before the store existed', () => {
    localStorage.setItem('lede.theme', 'light');
    const store = createReadingStore(localStateStorage());
    expect(store.getState().settings.theme).toBe('light');
    store.update((state) => markRead(state, ['a']));
    expect(localStorage.getItem('lede.theme')).toBeNull();
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null')).toMatchObject({ version: 2 });
  });

  it.each([
    ['text that is not JSON', '{"version": 2, "read": [', 'it is not JSON'],
    ['a wrong field', JSON.stringify({ ...emptyState(), saved: 'b' }), 'saved'],
    ['an unknown setting', JSON.stringify({ ...emptyState(), settings: { textSize: 'huge' } }), 'settings.textSize'],
    ['a newer version', JSON.stringify({ version: 9 }), 'newer Lede (version 9)'],
  ])('ignores corrupt stored data (%s) and says so', (_, text, reason) => {
    const store = createReadingStore(memoryStateStorage(text));
    expect(store.getState()).toEqual(emptyState());
    expect(store.getStatus().kept).toBe(true);
    expect(store.getStatus().notice).toContain('could not be read');
    expect(store.getStatus().notice).toContain(reason);
  });

  it('keeps working in memory when storage is denied, and says the state will not be kept', () => {
    const denied: StateStorage = {
      load: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      save: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const store = createReadingStore(denied);
    expect(store.getStatus()).toEqual({ kept: false, notice: expect.stringContaining('last only for this visit') });
    store.update((state) => markRead(state, ['a']));
    expect(store.getState().read).toEqual(['a']);
  });

  it('says so when storage fills up, and keeps the change for this visit', () => {
    const full: StateStorage = {
      load: () => null,
      save: () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      },
    };
    const store = createReadingStore(full);
    expect(store.getStatus().kept).toBe(true);
    store.update((state) => toggleSaved(state, 'a'));
    expect(store.getState().saved).toEqual(['a']);
    expect(store.getStatus()).toEqual({ kept: false, notice: expect.stringContaining('storage is full') });
  });
});

describe('reading an imported or stored file', () => {
  it('names the field that is wrong', () => {
    const result = parseStoredText(
      JSON.stringify({ ...emptyState(), following: [{ id: 'x', name: '', type: 'person' }] }),
    );
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('following.0.name') });
  });

  it('refuses something that is not a reading state at all', () => {
    expect(parseStoredText('[1, 2, 3]')).toEqual({ ok: false, problem: expect.any(String) });
    expect(parseStoredText('null')).toEqual({ ok: false, problem: expect.any(String) });
  });
});
