import nlp from 'compromise';
import { gazetteer } from './gazetteer';
import { isCapitalized, type Token } from './tokens';

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

/**
 * Whether a capitalized word is a name or only capitalized because a sentence starts with it.
 * The text itself is the best witness (the word capitalized mid-sentence, or never lower-case);
 * compromise's tagger in context decides the rest ("Officials", "During" are not names).
 */
export class ProperEvidence {
  private readonly midSentence = new Set<string>();
  private readonly lowerCase = new Set<string>();
  private readonly taggedProper = new Set<string>();
  private readonly taggedCommon = new Set<string>();

  constructor(paragraphs: readonly string[], tokensByParagraph: readonly Token[][]) {
    for (const tokens of tokensByParagraph) {
      for (const token of tokens) {
        if (!isCapitalized(token)) this.lowerCase.add(token.text);
        else if (!token.sentenceStart) this.midSentence.add(token.text);
      }
    }
    paragraphs.forEach((paragraph) => {
      for (const sentence of nlp(paragraph).json({ offset: true }) as TaggedSentence[]) {
        for (const term of sentence.terms) {
          if (term.tags.some((tag) => PROPER_TAGS.includes(tag))) this.taggedProper.add(term.text);
          else if (term.tags.some((tag) => COMMON_TAGS.includes(tag))) this.taggedCommon.add(term.text);
        }
      }
    });
  }

  /**
   * `followed`: more capitalized words come next, so a word compromise does not know as a common
   * one is read as the start of a name ("Amara Okonkwo said"), not as "During" or "Officials".
   */
  isName(token: Token, followed: boolean): boolean {
    if (!token.sentenceStart) return true;
    const word = token.text;
    if (this.midSentence.has(word) || gazetteer.places.has(word)) return true;
    if (this.lowerCase.has(word.toLowerCase())) return false;
    if (this.taggedProper.has(word)) return true;
    return followed && !this.taggedCommon.has(word);
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

interface TaggedSentence {
  terms: Array<{ text: string; tags: string[] }>;
}
