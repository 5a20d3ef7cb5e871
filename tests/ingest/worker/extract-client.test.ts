import { describe, expect, it, vi } from 'vitest';
import { createEntityDetector } from '../../../src/ingest/worker/extract-client';
import type { DetectRequest, DetectResponse } from '../../../src/ingest/worker/protocol';
import type { ArticleEntity } from '../../../src/news/schema/article';

/** Stands in for the worker: records requests, answers when the test says so. */
class FakeWorker extends EventTarget {
  requests: DetectRequest[] = [];
  terminated = false;
  postMessage(request: DetectRequest) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(response: DetectResponse) {
    this.dispatchEvent(new MessageEvent('message', { data: response }));
  }
  crash(message: string) {
    this.dispatchEvent(new ErrorEvent('error', { message }));
  }
}

const article = (id: string) => ({ id, title: `Title ${id}`, body: [`Body of ${id}.`] });
const entity = (id: string): ArticleEntity => ({ id, name: id, type: 'person', salience: 1, mentions: [] });

function setup() {
  const workers: FakeWorker[] = [];
  const create = vi.fn(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as Worker;
  });
  return { detector: createEntityDetector(create), create, workers };
}

describe('createEntityDetector', () => {
  it('starts one worker on first use and pairs each answer with its request by id', async () => {
    const { detector, create, workers } = setup();
    expect(create).not.toHaveBeenCalled();
    const first = detector.detect(article('a'));
    const second = detector.detect(article('b'));
    expect(create).toHaveBeenCalledTimes(1);
    const [worker] = workers;
    if (!worker) throw new Error('no worker');
    expect(worker.requests.map((r) => r.paragraphs)).toEqual([['Body of a.'], ['Body of b.']]);
    const [a, b] = worker.requests;
    worker.answer({ id: b?.id ?? -1, entities: [entity('bee')] });
    worker.answer({ id: a?.id ?? -1, entities: [entity('ay')] });
    await expect(first).resolves.toEqual([entity('ay')]);
    await expect(second).resolves.toEqual([entity('bee')]);
  });

  it('turns a failed extraction into an Error naming the story', async () => {
    const { detector, workers } = setup();
    const result = detector.detect(article('a'));
    workers[0]?.answer({ id: workers[0].requests[0]?.id ?? -1, error: 'boom' });
    await expect(result).rejects.toThrow("Entity detection failed for 'a': boom");
  });

  it('fails what waits when the worker breaks, then starts a fresh one', async () => {
    const { detector, create, workers } = setup();
    const result = detector.detect(article('a'));
    workers[0]?.crash('SyntaxError in worker');
    await expect(result).rejects.toThrow('The entity detection worker failed: SyntaxError in worker');
    expect(workers[0]?.terminated).toBe(true);
    void detector.detect(article('b'));
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('rejects with an AbortError when aborted, before or during a request, and ignores the late answer', async () => {
    const { detector, workers } = setup();
    await expect(detector.detect(article('a'), AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    const controller = new AbortController();
    const result = detector.detect(article('b'), controller.signal);
    controller.abort();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    const worker = workers[0];
    expect(() => worker?.answer({ id: worker.requests[0]?.id ?? -1, entities: [] })).not.toThrow();
  });

  it('dispose stops the worker and rejects what is in flight as aborted', async () => {
    const { detector, workers } = setup();
    const result = detector.detect(article('a'));
    detector.dispose();
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
  });
});
