import { slugify } from '../slug';
import { findSpans } from './candidates';
import { stateDemonyms } from './demonyms';
import { ProperEvidence } from './proper-evidence';
import { insideTitle, quotedTitles } from './quoted-titles';
import { refineSpan, type Candidate } from './refine';
import { foldShortForms, groupCandidates, typeOf } from './resolve';
import { tokenize } from './tokens';
import type { ExtractedEntity } from './types';

/**
 * Named people, organizations, places and other things in a story's cleaned paragraphs, with the
 * surface forms the text uses for each. Pure (no I/O) so it runs in Node and in a Web Worker.
 * Mentions are not returned: findMentions over name + aliases finds them, so offsets always
 * slice back to the text.
 */
export function extractEntities(paragraphs: readonly string[], title?: string): ExtractedEntity[] {
  const tokensByParagraph = paragraphs.map(tokenize);
  // A sentence-case headline is one more witness of which words are names; a Title Case one is not.
  const witnesses = title && isSentenceCase(title) ? [title, ...paragraphs] : [...paragraphs];
  const evidence = new ProperEvidence(witnesses, witnesses.map(tokenize));

  const candidates: Candidate[] = [];
  paragraphs.forEach((text, paragraph) => {
    const tokens = tokensByParagraph[paragraph] ?? [];
    const titles = quotedTitles(text, paragraph, tokens);
    candidates.push(...titles);
    for (const span of findSpans(text, tokens)) {
      if (span.tokens.some((token) => insideTitle(token, titles))) continue;
      const candidate = refineSpan(text, paragraph, span, evidence);
      if (candidate) candidates.push(candidate);
    }
  });

  const seen = new Set<string>();
  const entities: ExtractedEntity[] = [];
  for (const group of foldShortForms(groupCandidates(candidates, evidence))) {
    const id = slugify(group.name);
    if (seen.has(id)) continue;
    seen.add(id);
    entities.push({
      id,
      name: group.name,
      type: typeOf(group),
      aliases: [...group.aliases].filter((alias) => alias !== group.name),
      ...(group.role ? { role: group.role } : {}),
    });
  }
  addStateDemonyms(paragraphs, entities);
  return entities;
}

/**
 * "the Swedish government said": the demonym becomes an alias of the country, which is added as a
 * place if the text never names it. Only such uses count, so findMentions skips "a Swedish firm".
 */
function addStateDemonyms(paragraphs: readonly string[], entities: ExtractedEntity[]): void {
  for (const { demonym, country } of stateDemonyms(paragraphs)) {
    let entity = entities.find((known) => known.name === country || known.aliases.includes(country));
    if (!entity) {
      entity = { id: slugify(country), name: country, type: 'place', aliases: [] };
      entities.push(entity);
    }
    if (!entity.aliases.includes(demonym)) entity.aliases.push(demonym);
  }
}

function isSentenceCase(title: string): boolean {
  const words = title.split(/\s+/u).filter((word) => word.length > 3);
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalized * 2 <= words.length;
}
