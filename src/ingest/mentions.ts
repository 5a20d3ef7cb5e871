import type { Mention } from '../news/schema/article';
import { countryOfDemonym, isStateUse } from './extract/demonyms';

export interface SurfaceForms {
  id: string;
  forms: readonly string[];
  /** Forms that are mentions wherever they stand, even a demonym: a nationality the story uses. */
  anywhere?: readonly string[];
}

/** The forms an entity is found by: its name, its aliases and the nationalities it stands for. */
export function surfaceFormsOf(entity: {
  id: string;
  name: string;
  aliases: readonly string[];
  nationalities?: readonly string[];
}): SurfaceForms {
  return {
    id: entity.id,
    forms: [entity.name, ...entity.aliases, ...(entity.nationalities ?? [])],
    anywhere: entity.nationalities ?? [],
  };
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words: a boundary cannot be asked of them.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Finds every occurrence of every entity's names and aliases, case-sensitive and on word
 * boundaries. Longer forms win where forms overlap, across entities too, so "North Atlantic
 * Treaty Organization" is one mention and "Harbour City FC" is never also "Harbour City".
 * A country's demonym ("Swedish") as an alias is a mention only where the state is meant (see demonyms.ts),
 * unless the extractor found it as a nationality in this story (`anywhere`).
 */
export function findMentions(paragraphs: readonly string[], entities: readonly SurfaceForms[]): Map<string, Mention[]> {
  const candidates = entities
    .flatMap((entity) =>
      [...new Set(entity.forms)]
        .filter((form) => form.length > 0)
        // Only an alias is held to state uses: an entity named "Swedish" (a nationality) is
        // mentioned wherever the word is.
        .map((form, k) => ({
          id: entity.id,
          form,
          demonym: k > 0 && countryOfDemonym(form) !== undefined && !entity.anywhere?.includes(form),
        })),
    )
    .sort((a, b) => b.form.length - a.form.length);

  const found = new Map<string, Mention[]>(entities.map((entity) => [entity.id, []]));
  paragraphs.forEach((text, paragraph) => {
    // Which characters a longer form already took: linear in the text, so a 1 MB paragraph with
    // tens of thousands of mentions costs no more than its length.
    const taken = new Uint8Array(text.length);
    for (const { id, form, demonym } of candidates) {
      for (let start = text.indexOf(form); start !== -1; start = text.indexOf(form, start + 1)) {
        const end = start + form.length;
        if (!isWordBoundary(text, start, end) || overlaps(taken, start, end)) continue;
        if (demonym && !isStateUse(text, end)) continue;
        taken.fill(1, start, end);
        found.get(id)?.push({ paragraph, start, end });
      }
    }
  });
  for (const list of found.values()) list.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return found;
}

function isWordBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  const openStart = before === undefined || !WORD_CHAR.test(before) || UNSPACED.test(first);
  const openEnd = after === undefined || !WORD_CHAR.test(after) || UNSPACED.test(last);
  return openStart && openEnd;
}

function overlaps(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (taken[i] === 1) return true;
  return false;
}
