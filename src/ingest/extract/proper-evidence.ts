import nlp from 'compromise/two';
import { gazetteer } from './gazetteer';
import { sentenceAround } from './sentence-window';
import { isAcronym, isCapitalized, type Token } from './tokens';

const PROPER_TAGS = ['ProperNoun', 'Person', 'FirstName', 'LastName', 'Place', 'Country', 'City'];
const COMMON_TAGS = [
  'Preposition',
  'Determiner',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Verb',
  'Adjective',
  'QuestionWord',
  'Value',
];

type Reading = 'proper' | 'common' | 'unknown';

/** Characters of context kept after a word the tagger is asked about. */
const WINDOW_AFTER = 50;

/**
 * Whether a capitalized word is a name or only capitalized because a sentence starts with it.
 * The text itself is the best witness (the word capitalized mid-sentence, or never lower-case);
 * compromise's tagger in context decides the rest ("Officials", "During" are not names).
 *
 * The tagger is most of extraction's cost, and the text settles most words, so it runs lazily:
 * a word in compromise's lexicon ("Officials", "During") is read from the lexicon, and the tagger
 * runs only on the sentences holding a word neither the text nor the lexicon settles, once per
 * word and story, and only on the sentence up to a few words past that word.
 */
export class ProperEvidence {
  private readonly midSentence = new Set<string>();
  private readonly lowerCase = new Set<string>();
  private readonly readings = new Map<string, Reading>();
  private readonly taggedSentences = new Map<string, Array<{ text: string; tags: Set<string> }>>();

  constructor(
    private readonly paragraphs: readonly string[],
    private readonly tokensByParagraph: readonly Token[][],
  ) {
    for (const tokens of tokensByParagraph) {
      for (const token of tokens) {
        if (!isCapitalized(token)) this.lowerCase.add(token.text);
        else if (!token.sentenceStart) this.midSentence.add(token.text);
      }
    }
  }

  /**
   * `followed`: more capitalized words come next, so a word compromise does not know as a common
   * one is read as the start of a name ("Amara Okonkwo said"), not as "During" or "Officials".
   */
  isName(token: Token, followed: boolean): boolean {
    if (!token.sentenceStart) return true;
    const word = token.text;
    // Capitals throughout ("JAXA", "NB8") were not put there by the start of a sentence.
    if (this.midSentence.has(word) || gazetteer.places.has(word) || isAcronym(word)) return true;
    if (this.lowerCase.has(word.toLowerCase())) return false;
    const reading = this.readingOf(word);
    if (reading === 'proper') return true;
    return followed && reading !== 'common';
  }

  /** compromise knows common given names ("Elena", "Olivier") but not every one ("Minoru"). */
  isFirstName(word: string): boolean {
    return lexiconHas(word, '#FirstName');
  }

  /** Cities and countries compromise knows by name ("Bergen", "New York"), every word of it. */
  isKnownPlace(name: string): boolean {
    let known = placeCache.get(name);
    if (known === undefined) {
      known = nlp(name).match('#Place+').text() === name;
      placeCache.set(name, known);
    }
    return known;
  }

  /**
   * What the tagger makes of every sentence the word occurs in: a name if any occurrence is
   * tagged as one, else common if any is tagged common. Reading each sentence whole keeps the
   * context the tagger needs; sentences already tagged for another word are reused.
   */
  private readingOf(word: string): Reading {
    const known = this.readings.get(word) ?? lexiconReading(word);
    if (known) return known;
    let reading: Reading = 'unknown';
    this.tokensByParagraph.forEach((tokens, paragraph) => {
      const text = this.paragraphs[paragraph] ?? '';
      for (const token of tokens) {
        if (token.text !== word || reading === 'proper') continue;
        for (const term of this.tagged(paragraph, text, token.start)) {
          if (term.text !== word) continue;
          if (PROPER_TAGS.some((tag) => term.tags.has(tag))) reading = 'proper';
          else if (reading === 'unknown' && COMMON_TAGS.some((tag) => term.tags.has(tag))) reading = 'common';
        }
      }
    });
    this.readings.set(word, reading);
    return reading;
  }

  private tagged(paragraph: number, text: string, offset: number) {
    // The words after a sentence-initial word are the context that decides it; a long sentence's
    // tail only adds tagging time, so the window ends a few words on.
    const [start, sentenceEnd] = sentenceAround(text, offset);
    const cut = text.indexOf(' ', offset + WINDOW_AFTER);
    const end = cut === -1 || cut > sentenceEnd ? sentenceEnd : cut;
    const key = `${paragraph}:${start}:${end}`;
    let terms = this.taggedSentences.get(key);
    if (!terms) {
      terms = (nlp(text.slice(start, end)).docs as Array<Array<{ text: string; tags: Set<string> }>>).flat();
      this.taggedSentences.set(key, terms);
    }
    return terms;
  }
}

// compromise types its model as a bare object; these are the two tables of it this file reads.
const { lexicon, tagSet } = (
  nlp.model() as {
    one: {
      lexicon: Record<string, string | string[] | undefined>;
      tagSet: Record<string, { parents?: string[] } | undefined>;
    };
  }
).one;
const lexiconReadings = new Map<string, Reading | null>();

/**
 * What compromise's lexicon says of a word before any context: its tags and their parents
 * ("Plural" is a "Noun"). `null` for a word the lexicon lacks: only context can tell. The lexicon
 * is fixed, so the answer is cached across stories without making one story's output depend on another.
 */
function lexiconReading(word: string): Reading | null {
  let reading = lexiconReadings.get(word);
  if (reading !== undefined) return reading;
  const entry = lexicon[word.toLowerCase()];
  if (entry === undefined) reading = null;
  else {
    const tags = [entry].flat().flatMap((tag) => [tag, ...(tagSet[tag]?.parents ?? [])]);
    if (tags.some((tag) => PROPER_TAGS.includes(tag))) reading = 'proper';
    else reading = tags.some((tag) => COMMON_TAGS.includes(tag)) ? 'common' : 'unknown';
  }
  lexiconReadings.set(word, reading);
  return reading;
}

const lexiconCache = new Map<string, boolean>();
const placeCache = new Map<string, boolean>();

function lexiconHas(word: string, tag: string): boolean {
  const key = `${tag} ${word}`;
  let known = lexiconCache.get(key);
  if (known === undefined) {
    known = nlp(word).has(tag);
    lexiconCache.set(key, known);
  }
  return known;
}
