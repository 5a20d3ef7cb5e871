import { describe, expect, it } from 'vitest';
import { loadRuntimeConfig } from '../../src/app/runtime-config';

const respond =
  (body: string, status = 200) =>
  () =>
    Promise.resolve(new Response(body, { status }));

describe('loadRuntimeConfig', () => {
  it('reads null (bundled stories) or a backend URL', async () => {
    await expect(loadRuntimeConfig('/config.json', null, respond('{"apiBaseUrl": null}'))).resolves.toEqual({
      apiBaseUrl: null,
    });
    await expect(loadRuntimeConfig('/config.json', null, respond('{"apiBaseUrl": "/api"}'))).resolves.toEqual({
      apiBaseUrl: '/api',
    });
  });

  it('falls back to the build default when config.json is absent or unreachable', async () => {
    await expect(loadRuntimeConfig('/config.json', 'https://x.example/api', respond('', 404))).resolves.toEqual({
      apiBaseUrl: 'https://x.example/api',
    });
    await expect(
      loadRuntimeConfig('/config.json', null, () => Promise.reject(new TypeError('offline'))),
    ).resolves.toEqual({
      apiBaseUrl: null,
    });
  });

  it.each([
    ['{"apiBaseUrl": ', /not valid JSON/],
    ['{"apiBaseUrl": "javascript:alert(1)"}', /apiBaseUrl must be an http\(s\) URL or a path/],
    ['{}', /apiBaseUrl/],
  ])('explains a broken config.json: %s', async (body, message) => {
    await expect(loadRuntimeConfig('/config.json', null, respond(body))).rejects.toMatchObject({
      kind: 'config',
      message: expect.stringMatching(message),
    });
  });
});
