/**
 * Writes src/ingest/extract/country-data.json: the country names, capitals and English demonyms
 * extraction needs, taken from world-countries. The package's full record (translations, borders,
 * flags...) is 1.4 MB; the extractor also runs in the browser, so it ships only this slice.
 * Run after upgrading world-countries: `npx tsx src/ingest/cli/build-gazetteer.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import countries from 'world-countries';

export const COUNTRY_DATA_FILE = join(import.meta.dirname, '..', 'extract', 'country-data.json');

/**
 * One row per country: [common name, capitals, English demonyms (masculine, then feminine if
 * different), UN member], formatted as the repository's Prettier would, so the check on src/
 * passes as written. UN membership settles a shared demonym ("Dutch": the Netherlands, not the
 * Caribbean Netherlands).
 */
export async function countryData(): Promise<string> {
  const rows = countries
    .map((country) => {
      const english = country.demonyms?.['eng'];
      const demonyms = [...new Set([english?.m, english?.f].filter((form): form is string => Boolean(form)))];
      return [country.name.common, country.capital ?? [], demonyms, country.unMember] as const;
    })
    .sort((a, b) => a[0].localeCompare(b[0]));
  const data = { source: 'world-countries (mledoze/countries), ODbL-1.0', countries: rows };
  const options = await resolveConfig(COUNTRY_DATA_FILE);
  return format(JSON.stringify(data), { ...options, filepath: COUNTRY_DATA_FILE });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  writeFileSync(COUNTRY_DATA_FILE, await countryData());
  console.warn(`wrote ${COUNTRY_DATA_FILE}`);
}
