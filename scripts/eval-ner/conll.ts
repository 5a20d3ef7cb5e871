/**
 * `npm run eval:ner -- --data ../shared/ner/conll03-dev.jsonl`: the extraction the CLI runs,
 * scored against gold mentions in real news: exact span and type, micro-averaged, per type, for
 * the four types and for PER/ORG/LOC alone, ignoring type, per kind of line, and per document at
 * the level of sidebar rows. `--errors` prints the commonest mistakes (for dev files only).
 */
import { basename } from 'node:path';
import { deriveTitle } from '../../src/ingest/cli/article-from-text';
import { placeOfDemonym } from '../../src/ingest/extract/demonyms';
import { gazetteer } from '../../src/ingest/extract/gazetteer';
import { figuresOf, scoreStory, type Labelled, type StoryScore } from '../../src/ingest/extract/ner-score';
import { tokenize } from '../../src/ingest/extract/tokens';
import { lineKind } from '../../src/ingest/model/line-kind';
import { tagStory } from '../../src/ingest/model/tagger';
import { shippedModel } from '../../src/ingest/model/shipped-model';
import { CLASSES, TYPE_OF_CLASS } from '../../src/ingest/model/tags';
import { detectEntities } from '../../src/ingest/worker/detect-entities';
import { readDocuments, type NerDocument } from '../train-ner/data';
import { count, figures, type Counts, type Mention } from './mention-score';
import { errorReport } from './errors';
import { mentionType, sidebarRows } from './rows';

const CLASS_OF_TYPE = new Map(CLASSES.map((cls) => [TYPE_OF_CLASS[cls], cls]));

export function evaluateConll(path: string, showErrors: boolean): void {
  if (/test/iu.test(basename(path)))
    throw new Error('eval:ner scores dev files only: the test split is not for tuning');
  const docs = readDocuments(path);
  const model = shippedModel();
  const byType = new Map<string, Counts>();
  const byLine = new Map<string, Counts>();
  const span = new Map<string, Counts>();
  const alone = new Map<string, Counts>();
  const stories: StoryScore[] = [];
  let teams = 0;
  const pairs: Array<{ doc: NerDocument; predicted: Mention[] }> = [];
  let ms = 0;
  for (const doc of docs) {
    const started = performance.now();
    const entities = detectEntities(doc.paragraphs, deriveTitle(doc.paragraphs), model);
    ms += performance.now() - started;
    const predicted = entities.flatMap((entity) =>
      entity.mentions.map((m) => ({
        p: m.paragraph,
        s: m.start,
        e: m.end,
        type: CLASS_OF_TYPE.get(mentionType(entity, doc.paragraphs[m.paragraph]?.slice(m.start, m.end) ?? '')) ?? '',
      })),
    );
    const gold = doc.gold.map(({ p, s, e, type }) => ({ p, s, e, type }));
    const kinds = doc.paragraphs.map((text) => lineKind(text, tokenize(text)));
    count(byType, gold, predicted, (m) => m.type);
    count(byType, gold, predicted, () => 'ALL');
    count(byType, gold, predicted, (m) => (m.type === 'MISC' ? null : 'PLO'));
    count(byLine, gold, predicted, (m) => kinds[m.p] ?? 'prose');
    count(span, gold, predicted, () => 'span', true);
    const tagged = tagStory(model, doc.paragraphs).map(({ paragraph, start, end, cls }) => ({
      p: paragraph,
      s: start,
      e: end,
      type: cls,
    }));
    count(alone, gold, tagged, (m) => m.type);
    count(alone, gold, tagged, () => 'ALL');
    stories.push(scoreStory(goldRows(doc), sidebarRows(entities, doc.paragraphs)));
    pairs.push({ doc, predicted });
    teams += nationalTeams(doc, predicted);
  }

  const row = (label: string, c: Counts | undefined) => {
    const f = figures(c ?? { tp: 0, fp: 0, fn: 0 });
    return `${label.padEnd(22)} ${f.precision.toFixed(4)}  ${f.recall.toFixed(4)}  ${f.f1.toFixed(4)}  ${String(f.gold).padStart(5)}`;
  };
  console.log(
    `${basename(path)}: ${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} gold mentions`,
  );
  console.log(`${'mentions (exact span)'.padEnd(22)} P       R       F1      gold`);
  for (const cls of CLASSES) console.log(row(`${cls} (${TYPE_OF_CLASS[cls]})`, byType.get(cls)));
  console.log(row('all four types', byType.get('ALL')));
  console.log(row('PER/ORG/LOC', byType.get('PLO')));
  console.log(row('span, any type', span.get('span')));
  const all = byType.get('ALL') ?? { tp: 0, fp: 0, fn: 0 };
  const forgiven = { tp: all.tp + teams, fp: all.fp - teams, fn: all.fn - teams };
  console.log(
    `countries the gold calls ORG (national teams, CleanCoNLL's convention) read as LOC: ${teams}; ` +
      `all four types with those counted right: F1 ${figures(forgiven).f1.toFixed(4)}`,
  );
  console.log('the model alone, before the ruler (what the rules add or cost)');
  for (const key of [...CLASSES, 'ALL'])
    console.log(row(`  ${key === 'ALL' ? 'all four types' : key}`, alone.get(key)));
  console.log('by kind of line (all types)');
  for (const [kind, c] of [...byLine].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn)))
    console.log(row(`  ${kind}`, c));
  const doc = figuresOf(stories);
  const docF1 = `P ${doc.precision.toFixed(4)}  R ${doc.recall.toFixed(4)}  F1 ${doc.f1.toFixed(4)}`;
  console.log(`document entities (sidebar rows): ${docF1}  type accuracy ${doc.typeAccuracy.toFixed(4)}`);
  console.log(
    `speed: ${(docs.length / (ms / 1000)).toFixed(1)} documents/s (extraction, mentions and salience; model loaded)`,
  );
  if (showErrors) console.log(errorReport(pairs));
}

/**
 * The real-world entities of a gold document: mentions with the same link (CleanCoNLL) or the
 * same text and type are one, a person's surname alone joins the full name it ends, and a
 * nationality joins its country when the story names it (the rows the sidebar would show).
 */
function goldRows(doc: NerDocument): Labelled[] {
  const rows = new Map<string, Labelled & { aliases: string[] }>();
  for (const m of doc.gold) {
    const type = TYPE_OF_CLASS[m.type];
    const key = `${type}:${m.link ?? m.text}`;
    const row = rows.get(key) ?? { name: m.text, type, aliases: [] };
    if (m.text.length > row.name.length) row.name = m.text;
    if (!row.aliases.includes(m.text)) row.aliases.push(m.text);
    rows.set(key, row);
  }
  const all = [...rows.values()];
  return all.filter((row) => {
    // A nationality whose country the story names is read under the country, as the sidebar shows it.
    const place = row.type === 'other' ? placeOfDemonym(row.name) : undefined;
    const home = place ? all.find((other) => other.type !== 'other' && other.aliases.includes(place)) : undefined;
    if (home) {
      home.aliases.push(...row.aliases);
      return false;
    }
    if (row.type !== 'person' || row.name.includes(' ')) return true;
    const full = all.find((other) => other.type === 'person' && other.name.endsWith(` ${row.name}`));
    if (full) full.aliases.push(...row.aliases);
    return !full;
  });
}

/**
 * Gold organizations that are a country's name, found with the exact span as a place: national
 * teams, which CoNLL-2003 (the training data) calls places and CleanCoNLL organizations.
 */
function nationalTeams(doc: NerDocument, predicted: readonly Mention[]): number {
  const places = new Set(predicted.filter((m) => m.type === 'LOC').map((m) => `${m.p}:${m.s}:${m.e}`));
  return doc.gold.filter(
    (g) => g.type === 'ORG' && places.has(`${g.p}:${g.s}:${g.e}`) && gazetteer.places.has(titleCased(g.text)),
  ).length;
}

function titleCased(name: string): string {
  return /\p{Ll}/u.test(name)
    ? name
    : name.replace(/\p{Lu}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
}
