/**
 * `npm run eval:ner -- --data FILE.jsonl [--errors]` scores against gold mentions in real news
 * (see eval-ner/conll.ts). Without --data: entity extraction against the curated corpus: gold = each
 * story's entity lines, prediction = the sidebar rows a reader would see if the story came without
 * them (detectEntities on the cleaned body, as the reader's worker runs it; see eval-ner/rows.ts). Every third story by sorted file name is held out: its
 * figures are printed apart and its errors are never printed, so nobody tunes on them.
 * `--errors` lists misses for the tuning stories only. A story with no entity lines has no gold
 * labels, so it is skipped (without shifting which curated stories are held out).
 */
import { cleanText } from '../src/ingest/clean';
import { parseArgs } from 'node:util';
import { figuresOf, scoreStory, type Figures, type StoryScore } from '../src/ingest/extract/ner-score';
import { shippedModel } from '../src/ingest/model/shipped-model';
import { parseStoryFile } from '../src/ingest/story-file';
import { readCorpusInput } from './corpus-files';
import { detectEntities } from '../src/ingest/worker/detect-entities';
import { evaluateConll } from './eval-ner/conll';
import { sidebarRows } from './eval-ner/rows';

const { values } = parseArgs({ options: { data: { type: 'string' }, errors: { type: 'boolean', default: false } } });
const showErrors = values.errors;
if (values.data) {
  evaluateConll(values.data, showErrors);
  process.exit(0);
}
const { stories } = readCorpusInput();
const tuning: StoryScore[] = [];
const heldOut: StoryScore[] = [];

console.log('story                                                  split     P      R      F1     type');
stories.forEach(({ fileName, text }, index) => {
  const story = parseStoryFile(fileName, text);
  if (story.entities.length === 0) return;
  const { paragraphs } = cleanText(story.body);
  const entities = detectEntities(paragraphs, story.title, shippedModel());
  const score = scoreStory(story.entities, sidebarRows(entities, paragraphs));
  const held = index % 3 === 2;
  (held ? heldOut : tuning).push(score);
  console.log(`${story.id.padEnd(54)} ${(held ? 'held-out' : 'tuning').padEnd(8)} ${row(figuresOf([score]))}`);
  if (showErrors && !held) {
    for (const g of score.missed) console.log(`    missed   ${g.name} (${g.type})`);
    for (const p of score.spurious) console.log(`    spurious ${p.name} (${p.type}) [${p.aliases.join('; ')}]`);
    for (const { gold, predicted } of score.mistyped)
      console.log(`    mistyped ${gold.name}: ${predicted.type}, gold ${gold.type}`);
  }
});

console.log('');
console.log(`tuning   (${tuning.length} stories)       ${row(figuresOf(tuning))}`);
console.log(`held-out (${heldOut.length} stories)       ${row(figuresOf(heldOut))}`);
console.log(`all      (${tuning.length + heldOut.length} stories)       ${row(figuresOf([...tuning, ...heldOut]))}`);
console.log('held out: every third story by sorted file name (index 2, 5, 8, ...), marked held-out above');

function row(figures: Figures): string {
  return [figures.precision, figures.recall, figures.f1, figures.typeAccuracy]
    .map((value) => value.toFixed(3).padEnd(6))
    .join(' ');
}
