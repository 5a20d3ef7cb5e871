/**
 * `npm run train:ner`: trains the shipped entity model on ../shared/ner/conll03-train.jsonl and
 * writes src/ingest/model/ner-model.json. Deterministic: the same data and settings give the same
 * file. Prints exact-span F1 on both dev files after every epoch; the test split is never read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyFeatures, FEATURE_SET } from '../../src/ingest/model/features';
import { TAGS } from '../../src/ingest/model/tags';
import { nameBreaks } from '../../src/ingest/model/tagger';
import { DEV_FILES, EPOCHS, SEED, TRAIN_FILE, TRAINER_VERSION } from './config';
import { nerFile, readDocuments, sha256Of, tagDocument, type TaggedDocument } from './data';
import { exportModel } from './export';
import { Perceptron, seededRandom, shuffle, type Sequence } from './perceptron';
import { spanF1 } from './span-f1';

const OUT = join(import.meta.dirname, '..', '..', 'src', 'ingest', 'model', 'ner-model.json');

const trainPath = nerFile(TRAIN_FILE);
if (!trainPath) {
  console.error(`train:ner needs ../shared/ner/${TRAIN_FILE} (not in this checkout); nothing was written`);
  process.exit(1);
}

const started = performance.now();
const featureIds = new Map<string, number>();
const intern = (feature: string) => {
  let id = featureIds.get(feature);
  if (id === undefined) featureIds.set(feature, (id = featureIds.size));
  return id;
};
const lookUp = (feature: string) => featureIds.get(feature) ?? -1;

function sequencesOf(docs: readonly TaggedDocument[], toId: (feature: string) => number): Sequence[] {
  return docs.flatMap(({ doc, tokens, tags }) =>
    storyFeatures({ paragraphs: doc.paragraphs, tokens })
      .map((line, p) => ({
        features: line.map((f) => Int32Array.from(f, toId)),
        gold: tags[p] ?? [],
        breaks: nameBreaks(abbreviations, tokens[p] ?? []),
      }))
      .filter((sequence) => sequence.gold.length > 0),
  );
}

const trainDocs = readDocuments(trainPath).map(tagDocument);
const dotted = new Map<string, number>();
for (const doc of trainDocs) for (const word of doc.dotted) dotted.set(word, (dotted.get(word) ?? 0) + 1);
const abbreviations = new Set([...dotted].filter(([, count]) => count >= 2).map(([word]) => word));
const training = sequencesOf(trainDocs, intern);
const devSets = DEV_FILES.flatMap((name) => {
  const path = nerFile(name);
  return path ? [{ name, sequences: sequencesOf(readDocuments(path).map(tagDocument), lookUp) }] : [];
});
const unaligned = trainDocs.reduce((sum, doc) => sum + doc.unaligned, 0);
console.log(
  `${trainDocs.length} documents, ${training.length} lines, ${featureIds.size} features, ` +
    `${unaligned} gold names not on token edges (skipped)`,
);

const perceptron = new Perceptron(featureIds.size, TAGS.length);
const random = seededRandom(SEED);
let devF1 = 0;
for (let epoch = 1; epoch <= EPOCHS; epoch += 1) {
  for (const sequence of shuffle([...training], random)) perceptron.train(sequence);
  const { weights, transitions } = perceptron.averaged();
  const figures = devSets.map(({ name, sequences }) => {
    const f1 = spanF1(
      sequences.map((s) => s.gold),
      sequences.map((s) => perceptron.predict(s, weights, transitions)),
    );
    return { name, f1 };
  });
  devF1 = figures[0]?.f1 ?? 0;
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `epoch ${epoch}: ${figures.map(({ name, f1 }) => `${name} token-span F1 ${f1.toFixed(4)}`).join(', ')} (${seconds} s)`,
  );
}

const model = exportModel(perceptron.averaged(), [...featureIds.keys()], {
  header: {
    format: 2,
    featureSet: FEATURE_SET,
    trainer: TRAINER_VERSION,
    seed: SEED,
    epochs: EPOCHS,
    trainFile: TRAIN_FILE,
    trainSha256: sha256Of(trainPath),
    tags: [...TAGS],
    scale: 0,
    devF1: Number(devF1.toFixed(4)),
  },
  abbreviations: [...abbreviations],
});
writeFileSync(OUT, model.text);
console.log(
  `wrote ${OUT}: ${model.features} features kept, ${(model.text.length / 1e6).toFixed(2)} MB, ` +
    `in ${((performance.now() - started) / 1000).toFixed(0)} s`,
);
