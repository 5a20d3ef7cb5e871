// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createHostLimiter, hostKey, politeWaitMs } from '../../../src/feeds/schedule/host-limiter';

/** A clock that moves only when someone sleeps or a request takes time: nothing waits for real. */
function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleeps,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
      await Promise.resolve();
    },
    spend: (ms: number) => (now += ms),
  };
}

describe('per-host serialization', () => {
  it('computes the polite wait from the last request’s end', () => {
    expect(politeWaitMs(null, 5000, 1000)).toBe(0);
    expect(politeWaitMs(4500, 5000, 1000)).toBe(500);
    expect(politeWaitMs(3000, 5000, 1000)).toBe(0);
    expect(hostKey('https://News.Example:8443/feed')).toBe('news.example');
  });

  it('runs one request at a time per host, a polite delay apart', async () => {
    const time = fakeTime();
    const limiter = createHostLimiter({ delayMs: 1000, now: time.now, sleep: time.sleep });
    const log: string[] = [];
    let inFlight = 0;
    let most = 0;
    const request = (name: string) =>
      limiter.run(`https://a.example/${name}`, async () => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        log.push(`${name}@${time.now()}`);
        await Promise.resolve();
        time.spend(200);
        inFlight -= 1;
        return name;
      });
    expect(await Promise.all([request('one'), request('two'), request('three')])).toEqual(['one', 'two', 'three']);
    expect(most).toBe(1);
    // Each starts a full second after the previous one ended (each took 200 ms).
    expect(log).toEqual(['one@0', 'two@1200', 'three@2400']);
  });

  it('lets different hosts go side by side', async () => {
    const time = fakeTime();
    const limiter = createHostLimiter({ delayMs: 1000, now: time.now, sleep: time.sleep });
    let release = () => undefined as void;
    const slow = limiter.run(
      'https://a.example/feed',
      () => new Promise<string>((done) => (release = () => done('a'))),
    );
    const other = await limiter.run('https://b.example/feed', () => Promise.resolve('b'));
    expect(other).toBe('b');
    release();
    expect(await slow).toBe('a');
    expect(time.sleeps).toEqual([]);
  });

  it('keeps the line moving when a request fails', async () => {
    const time = fakeTime();
    const limiter = createHostLimiter({ delayMs: 500, now: time.now, sleep: time.sleep });
    const failing = limiter.run('https://a.example/1', () => Promise.reject(new Error('refused')));
    const next = limiter.run('https://a.example/2', () => Promise.resolve('ok'));
    await expect(failing).rejects.toThrow('refused');
    expect(await next).toBe('ok');
    expect(time.sleeps).toEqual([500]);
  });
});
