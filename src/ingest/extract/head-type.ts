import { CONNECTORS, LEGAL_SUFFIXES, NOT_NAMES, ORGANIZATION_HEADS, OTHER_HEADS, OTHER_LEADS } from './cues';
import { gazetteer } from './gazetteer';
import type { Token } from './tokens';
import type { EntityType } from './types';

// Head words that also end places, people and leagues ("West Bank", "Soviet Union", "Stuart Law",
// "Trent Bridge", "American League"): there the model, which reads the context, knows better.
const AMBIGUOUS = new Set(['Bank', 'Union', 'League', 'Federation', 'Nations', 'Town', 'Forces', 'Court', 'Centre']);
const AMBIGUOUS_OTHER = new Set(['Law', 'Bridge', 'Line', 'Farm', 'Tour', 'War', 'Week', 'Rover', 'Games', 'Cup']);

/**
 * The type a name's own words settle, whatever the model says: an organization's or an event's
 * head word ends a longer name ("Brightwater Shipping", "Bank of Japan", "Baltic Summit"), or a
 * lead word starts it ("Storm Valdis"). Only unambiguous heads count: measured on the dev files,
 * every wider list did worse than the model alone.
 */
export function headType(words: readonly string[]): EntityType | null {
  if (words.length < 2) return null;
  if (OTHER_LEADS.has(words[0] ?? '')) return 'other';
  if (LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) return 'organization';
  const connector = words.findIndex((word) => CONNECTORS.has(word));
  const head = (connector > 0 ? words[connector - 1] : words[words.length - 1]) ?? '';
  if (ORGANIZATION_HEADS.has(head) && !AMBIGUOUS.has(head)) return 'organization';
  if (OTHER_HEADS.has(head) && !AMBIGUOUS_OTHER.has(head)) return 'other';
  return null;
}

/**
 * How many leading tokens of a name are not part of it: a word capitalized only because a
 * sentence starts with it ("Later Solberg spoke"), or a compound of demonyms describing the name
 * ("the Japanese-European Tsukimi lander"). `lowerCase`: words the story also writes in lower case.
 * An initial ("A. Hollioake") is part of the name, and so is a headline's word in capitals ("NEW
 * YORK", "RUGBY UNION"): capitals say nothing there about where a sentence starts.
 */
export function leadingNoise(tokens: readonly Token[], lowerCase: ReadonlySet<string>): number {
  let k = 0;
  while (k < tokens.length - 1) {
    const token = tokens[k];
    if (!token) break;
    const capitals = token.text.length > 1 && token.text === token.text.toUpperCase();
    const initial = /^\p{Lu}$/u.test(token.text) && tokens[k + 1]?.gapBefore.startsWith('.');
    const sentenceWord =
      token.sentenceStart &&
      !initial &&
      !capitals &&
      (NOT_NAMES.has(token.text) || lowerCase.has(token.text.toLowerCase()));
    if (!sentenceWord && !isDemonymCompound(token.text)) break;
    k += 1;
  }
  return k;
}

function isDemonymCompound(word: string): boolean {
  const parts = word.split('-');
  return parts.length > 1 && parts.every((part) => gazetteer.demonyms.has(part));
}
