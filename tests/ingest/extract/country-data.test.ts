import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_DATA_FILE, countryData } from '../../../src/ingest/cli/build-gazetteer';

describe('country-data.json', () => {
  it('is what build-gazetteer makes from the installed world-countries (rerun it after an upgrade)', async () => {
    expect(readFileSync(COUNTRY_DATA_FILE, 'utf8')).toBe(await countryData());
  });
});
