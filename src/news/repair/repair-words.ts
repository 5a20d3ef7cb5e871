import type { Repair } from './repair-log';

/**
 * A repair in words for a person: `what` is the short outcome ("Image dropped"), `detail` why or
 * how ("not an http(s) address"). The log's own `field: reason` stays the technical record (console,
 * server logs); this is what the reader shows.
 */
export interface RepairWords {
  what: string;
  detail: string;
}

/** The field as a person names it; numbers in the path (which entity, which mention) are dropped. */
const NOUNS: Record<string, string> = {
  id: 'Id',
  title: 'Headline',
  summary: 'Summary',
  author: 'Byline',
  url: 'Link to the original',
  image: 'Image',
  'image.alt': 'Image description',
  'image.credit': 'Image credit',
  publishedAt: 'Date',
  source: 'Source',
  'source.id': 'Source',
  'source.name': 'Source name',
  'source.url': 'Source address',
  topics: 'Topics',
  readingMinutes: 'Reading time',
  body: 'Text',
  paragraphKinds: 'Paragraph styles',
  links: 'A link in the text',
  entities: 'A name in the story',
  'entities.id': 'A name in the story',
  'entities.name': 'A name in the story',
  'entities.type': 'Kind of a name in the story',
  'entities.role': 'Role of a name in the story',
  'entities.salience': 'Weight of a name in the story',
  'entities.mentionCount': 'Mention count of a name in the story',
  'entities.mentions': 'A highlight',
  name: 'Name',
  type: 'Kind',
  role: 'Role',
  description: 'Description',
  aliases: 'Other names',
  count: 'Mention count',
  articleCount: 'Story count',
  firstSeen: 'First-seen date',
  lastSeen: 'Last-seen date',
  related: 'Who it appears with',
  'related.#': 'An entity it appears with',
  'related.id': 'An entity it appears with',
  'related.name': 'An entity it appears with',
  'related.type': 'Kind of an entity it appears with',
  'related.count': 'Count of an entity it appears with',
};

/** How the repair ended, read from the reason (mostly its last clause, "…; left out"), as a verb phrase. */
const OUTCOMES: { test: RegExp; verb: string }[] = [
  { test: /^(missing|null|empty), not text; left out$/, verb: 'missing' },
  { test: /^\d+ .*\(s\) not text; left out$/, verb: 'partly dropped' },
  { test: /alt left empty$/, verb: 'has no description' },
  { test: /(^|; )(entity |highlight )?left out$/, verb: 'dropped' },
  { test: /; date unknown$/, verb: 'unreadable' },
  { test: /; taken from the text$/, verb: 'missing' },
  { test: /; (left )?empty$/, verb: 'missing' },
  { test: /^(missing|null|empty); shown as /, verb: 'missing' },
  { test: /; shown as /, verb: 'unreadable' },
  { test: /; cut$|kept$/, verb: 'shortened' },
  { test: /replaced by/, verb: 'cleaned' },
  { test: /; read as other$|not known; read as/, verb: 'not known' },
  { test: /^fewer /, verb: 'incomplete' },
  { test: /^out of range/, verb: 'out of range' },
  { test: /used$/, verb: 'unreadable' },
  { test: /rounded down$/, verb: 'rounded' },
  { test: /; joined$/, verb: 'given as a list' },
  { test: /^read as |spelled another way|; (read as|split at)|made from/, verb: 'written another way' },
];

/** Causes in the log's terms, and how a person would say them. */
const CAUSES: [RegExp, string][] = [
  [/^not an http\(s\)( or relative image)? (URL|address)$/, 'not an http(s) address'],
  [/^not an http\(s\) link inside the text$/, 'not an http(s) link, or not inside the text'],
  [/^not a range inside the text$/, 'its position is outside the text'],
  [/^(a \w+|missing|null|empty|a list), not a readable date$/, 'not a date Lede can read'],
  [/^(missing|null|empty), not text$/, 'none was sent'],
  [/^(a \w+|a list), not text$/, 'not text'],
  [/^missing or not a URL-safe id$|^no usable id/, 'no usable id'],
  [/^a second entity /, 'listed twice'],
  [/^a name only$/, 'given as a name only'],
  [/^an address without alt text$/, 'shown without one'],
];

/** Reasons whose outcome says it best, or that carry a value worth showing ("read as …"). */
const DETAILS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^read as (\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/, (m) => `read as ${m[1]!} ${m[2]!} UTC`],
  [/; date unknown$/, () => 'shown as unknown'],
  [/; taken from the text$/, () => 'taken from the story’s text'],
  [/^(missing|null|empty); (left )?empty$/, () => 'left empty'],
  [/; (shown as .+)$/, (m) => m[1]!],
  [/; read as other$/, () => 'shown as other'],
  [/; joined$/, () => 'joined into one line'],
  [/(^|; )entity left out$/, () => 'it has no usable name'],
  [/spelled another way; (read as .+)$/, (m) => m[1]!],
  [/^out of range; (.+) used$/, (m) => `${m[1]!} used instead`],
  [/, not a number; (.+) used$/, (m) => `not a number; ${m[1]!} used instead`],
];

export function repairWords({ field, reason }: Repair): RepairWords {
  const parts = field.split('.');
  const shape = parts.filter((part) => !/^\d+$/.test(part)).join('.');
  // "related.2" is one of them, "related" the list itself.
  const item = /^\d+$/.test(parts.at(-1) ?? '') ? NOUNS[`${shape}.#`] : undefined;
  const noun = item ?? NOUNS[shape] ?? NOUNS[shape.split('.')[0] ?? ''] ?? 'Some data';
  const verb = OUTCOMES.find((outcome) => outcome.test.test(reason))?.verb ?? 'changed';
  return { what: `${noun} ${verb}`, detail: detailOf(reason) };
}

function detailOf(reason: string): string {
  for (const [test, say] of DETAILS) {
    const match = test.exec(reason);
    if (match) return say(match);
  }
  const clauses = reason.split('; ');
  const cause = clauses.length > 1 ? clauses.slice(0, -1).join('; ') : reason;
  for (const [test, words] of CAUSES) if (test.test(cause)) return words;
  // The verb already says how it ended ("dropped", "shortened"); the cause is what is left to say.
  return plural(cause);
}

/** "1 paragraph(s)" -> "1 paragraph", "2 item(s)" -> "2 items". */
function plural(text: string): string {
  return text.replace(/(\d+) (\w+)\(s\)/g, (_, count: string, word: string) =>
    count === '1' ? `1 ${word}` : `${count} ${word}s`,
  );
}

/** "Image dropped: not an http(s) address". */
export function repairSentence(repair: Repair): string {
  const { what, detail } = repairWords(repair);
  return `${what}: ${detail}`;
}

/**
 * What was repaired over a set of records, each kind counted once per record and the commonest
 * first: [{ what: 'Image dropped', count: 2 }, { what: 'Date unreadable', count: 1 }].
 */
export function repairKinds(records: readonly { repairs: readonly Repair[] }[]): { what: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const what of new Set(record.repairs.map((repair) => repairWords(repair).what))) {
      counts.set(what, (counts.get(what) ?? 0) + 1);
    }
  }
  return [...counts].map(([what, count]) => ({ what, count })).sort((a, b) => b.count - a.count);
}

const KINDS_SHOWN = 4;

/** "image dropped (2), date unreadable (1) and 2 more kinds": what a count of repaired records was repaired for. */
export function repairKindsText(records: readonly { repairs: readonly Repair[] }[]): string {
  const kinds = repairKinds(records);
  const shown = kinds.slice(0, KINDS_SHOWN).map(({ what, count }) => `${lowerFirst(what)} (${count})`);
  const more = kinds.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more ${more === 1 ? 'kind' : 'kinds'}` : shown.join(', ');
}

/**
 * The one sentence that counts repaired records wherever a list shows them:
 * "2 stories are shown with repairs: image dropped (2), date unreadable (1)."
 */
export function repairedSentence(
  records: readonly { repairs: readonly Repair[] }[],
  one: string,
  many: string,
): string {
  const count = records.length === 1 ? `1 ${one} is` : `${records.length} ${many} are`;
  return `${count} shown with repairs: ${repairKindsText(records)}.`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
