import type { LinearModel } from '../model/model';
import { findMentions, surfaceFormsOf } from '../mentions';
import { slugify } from '../slug';
import type { Candidate } from './candidate';
import { placeOfDemonym, stateDemonyms } from './demonyms';
import { modelCandidates } from './model-candidates';
import { quotedTitles } from './quoted-titles';
import { foldShortForms, groupCandidates, typeOf, type NameGroup } from './resolve';
import { isAcronym, tokenize, type Token } from './tokens';
import type { ExtractedEntity } from './types';

/**
 * Named people, organizations, places and other things in a story's cleaned paragraphs, with the
 * surface forms the text uses for each. The statistical model finds and types the names; rules
 * then complete it (roles, acronyms, quoted titles of works, short forms, demonyms of a state).
 * Pure (no I/O) so it runs in Node and in a Web Worker. Mentions are not returned: findMentions
 * over name + aliases finds them, so offsets always slice back to the text.
 */
export function extractEntities(paragraphs: readonly string[], model: LinearModel): ExtractedEntity[] {
  const tokens = paragraphs.map(tokenize);
  // A quoted title-case phrase is the title of a work, whatever the model made of its words.
  const works = paragraphs.flatMap((text, paragraph) => quotedTitles(text, paragraph, tokens[paragraph] ?? []));
  const candidates = [
    ...works,
    ...modelCandidates(model, paragraphs, tokens).filter((found) => !works.some((work) => overlaps(found, work))),
  ];

  const seen = new Set<string>();
  const entities: ExtractedEntity[] = [];
  for (const group of foldShortForms(groupCandidates(candidates))) {
    const entity = toEntity(group);
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    entities.push(entity);
  }
  addSurnames(tokens, entities);
  addStateDemonyms(paragraphs, entities);
  return mentionedOnly(paragraphs, foldNationalities(entities));
}

/**
 * The entities the text mentions on their own: a name found only inside a longer one ("Berg" typed
 * apart from "Anna Berg" where a long paragraph was read in pieces) would be a sidebar row with no
 * mention, and a story with no entity lines would fail the corpus build.
 */
function mentionedOnly(paragraphs: readonly string[], entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const mentions = findMentions(paragraphs, entities.map(surfaceFormsOf));
  return entities.filter((entity) => (mentions.get(entity.id)?.length ?? 0) > 0);
}

/**
 * A person named in full is meant by their surname alone elsewhere in the story ("Aho’s visit"),
 * even where the model did not tag it; a surname that is also another entity's name is left alone.
 */
function addSurnames(tokens: readonly (readonly Token[])[], entities: ExtractedEntity[]): void {
  const names = new Set(entities.flatMap((entity) => [entity.name, ...entity.aliases]));
  const words = new Set(tokens.flatMap((line) => line.map((token) => token.text)));
  for (const entity of entities) {
    const parts = entity.name.split(' ');
    const surname = parts[parts.length - 1] ?? '';
    if (entity.type !== 'person' || parts.length < 2 || surname.length < 3 || !/^\p{Lu}/u.test(surname)) continue;
    if (names.has(surname) || !words.has(surname)) continue;
    entity.aliases.push(surname);
    names.add(surname);
  }
}

/**
 * An organization best known by an acronym the text defines is shown by it ("NATO"), its long
 * form kept as an alias; anything else by its longest, first-found name.
 */
function toEntity(group: NameGroup): ExtractedEntity {
  const type = typeOf(group);
  const acronym = type === 'organization' ? [...group.aliases].find(isAcronym) : undefined;
  const name = acronym ?? group.name;
  return {
    id: slugify(name),
    name,
    type,
    aliases: [group.name, ...group.aliases].filter((alias) => alias !== name),
    ...(group.role ? { role: group.role } : {}),
  };
}

function overlaps(a: Candidate, b: Candidate): boolean {
  const [aFirst, aLast] = [a.tokens[0], a.tokens[a.tokens.length - 1]];
  const [bFirst, bLast] = [b.tokens[0], b.tokens[b.tokens.length - 1]];
  if (a.paragraph !== b.paragraph || !aFirst || !aLast || !bFirst || !bLast) return false;
  return aFirst.start < bLast.end && bFirst.start < aLast.end;
}

/**
 * "the Swedish government said", where the model found no name: the demonym becomes an alias of
 * the country, which is added as a place if the text never names it. A demonym the model did find
 * stays a nationality ('other'), as in the news corpora it learned from.
 */
function addStateDemonyms(paragraphs: readonly string[], entities: ExtractedEntity[]): void {
  const named = new Set(entities.flatMap((entity) => [entity.name, ...entity.aliases]));
  for (const { demonym, country } of stateDemonyms(paragraphs)) {
    if (named.has(demonym)) continue;
    let entity = entities.find((known) => known.name === country || known.aliases.includes(country));
    if (!entity) {
      entity = { id: slugify(country), name: country, type: 'place', aliases: [] };
      entities.push(entity);
    }
    if (!entity.aliases.includes(demonym)) entity.aliases.push(demonym);
  }
}

/**
 * A nationality the model found ("Swedish", "Ukrainians") is read under its country when the story
 * names the country: one sidebar row for Sweden, whose mentions include every "Swedish", rather than
 * a row for the adjective crowding out the people, organizations and places. A nationality whose
 * country the story does not name stays an 'other', listed after them.
 */
function foldNationalities(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  return entities.filter((entity) => {
    if (entity.type !== 'other') return true;
    const place = placeOfDemonym(entity.name);
    const home =
      place &&
      entities.find((other) => other.type !== 'other' && (other.name === place || other.aliases.includes(place)));
    if (!home) return true;
    home.nationalities = [...new Set([...(home.nationalities ?? []), entity.name, ...entity.aliases])];
    return false;
  });
}
