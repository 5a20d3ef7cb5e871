import { gazetteer } from './gazetteer';

/**
 * When a demonym is a mention of its country. "Swedish" names Sweden only where the state is
 * meant: right before a word for its government, forces or officials ("the Swedish government
 * said", "Russian forces", "Japanese defence ministry"). Elsewhere ("a Swedish company", "her
 * Swedish father") it describes something else and is no mention at all. The following word must
 * be lower case: in "Swedish Defence Minister Pal Jonson" the demonym is part of a person's role.
 */
const STATE_WORDS =
  '(?:(?:armed|foreign|defence|defense|interior|security|border|coast|air|naval)\\s)?' +
  '(?:government|army|military|navy|forces?|troops|officials|authorities|ministry|president|prime\\sminister|defen[cs]e|embassy|parliament|guard)';
const STATE_USE = new RegExp(`^\\s${STATE_WORDS}(?![\\p{L}\\p{N}])`, 'u');

const COUNTRY_OF = gazetteer.countryByDemonym;
const DEMONYM = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...COUNTRY_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((form) => form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** "Swedish" -> "Sweden"; undefined for anything that is not a country's demonym. */
export function countryOfDemonym(form: string): string | undefined {
  return COUNTRY_OF.get(form);
}

/**
 * The place an adjective of place names, as written in prose or a headline's capitals, singular or
 * plural: "Swedish", "SWEDISH" and "Ukrainians" give Sweden, Sweden and Ukraine; "European" Europe.
 */
export function placeOfDemonym(form: string): string | undefined {
  const written = /\p{Ll}/u.test(form) ? form : form.charAt(0) + form.slice(1).toLowerCase();
  return (
    gazetteer.demonyms.get(written) ??
    (written.endsWith('s') ? gazetteer.demonyms.get(written.slice(0, -1)) : undefined)
  );
}

/** Whether the demonym ending at `end` is followed by a word for its state. */
export function isStateUse(text: string, end: number): boolean {
  return STATE_USE.test(text.slice(end, end + 40));
}

export interface StateDemonym {
  demonym: string;
  country: string;
}

/** Every demonym in the paragraphs that, by the rule above, is a mention of its country. */
export function stateDemonyms(paragraphs: readonly string[]): StateDemonym[] {
  const found: StateDemonym[] = [];
  for (const text of paragraphs) {
    for (const match of text.matchAll(DEMONYM)) {
      const country = COUNTRY_OF.get(match[0]);
      if (country && isStateUse(text, match.index + match[0].length)) found.push({ demonym: match[0], country });
    }
  }
  return found;
}
