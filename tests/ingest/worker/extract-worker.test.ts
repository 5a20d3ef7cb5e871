import { beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanText } from '../../../src/ingest/clean';
import type { DetectRequest, DetectResponse } from '../../../src/ingest/worker/protocol';
import { BAD_INPUTS } from '../model/bad-inputs';

// The worker module as the browser runs it, on a stand-in for a dedicated worker's global scope.
const listeners: Array<(event: MessageEvent<DetectRequest>) => void> = [];
const answers = new Map<number, DetectResponse>();

beforeAll(async () => {
  vi.stubGlobal('self', {
    addEventListener: (_type: string, listener: (event: MessageEvent<DetectRequest>) => void) =>
      listeners.push(listener),
    postMessage: (message: DetectResponse) => answers.set(message.id, message),
  });
  await import('../../../src/ingest/worker/extract-worker');
});

let nextId = 1;
async function ask(paragraphs: string[], title = ''): Promise<DetectResponse> {
  const id = nextId++;
  for (const listener of listeners) listener(new MessageEvent('message', { data: { id, paragraphs, title } }));
  await vi.waitFor(() => expect(answers.has(id)).toBe(true), { timeout: 60_000, interval: 20 });
  return answers.get(id) as DetectResponse;
}

describe('the extraction worker', () => {
  it('loads the model on the first request and answers with entities', { timeout: 60_000 }, async () => {
    const answer = await ask(['Defence Minister Anna Berg met NATO officials in Oslo on Monday.']);
    expect('entities' in answer && answer.entities.map((entity) => [entity.name, entity.type])).toEqual(
      expect.arrayContaining([
        ['Anna Berg', 'person'],
        ['Oslo', 'place'],
      ]),
    );
  });

  for (const [label, raw] of Object.entries(BAD_INPUTS)) {
    it(`answers, without an error, for ${label}`, { timeout: 60_000 }, async () => {
      const answer = await ask(cleanText(raw).paragraphs);
      expect(answer).toMatchObject({ entities: expect.any(Array) });
    });
  }

  it('answers for control characters left in the paragraphs it is sent', async () => {
    const answer = await ask(['Anna\u0000 Berg\u0007 met \u001b[31mNATO\u0008 in Oslo\u200b.', '']);
    expect(answer).toMatchObject({ entities: expect.any(Array) });
  });
});
