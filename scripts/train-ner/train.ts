/**
 * `npm run train:ner`: trains the shipped entity model on ../shared/ner/conll03-train.jsonl and
 * writes src/ingest/model/ner-model.json. Two passes: the first reads each line token by token;
 * the second reads it again with the first's tags of the whole story (stack-features.ts). The
 * second pass learns from first-pass tags of text the first pass never saw (jackknifed folds).
 * Deterministic: the same data and settings give the same file. Prints exact-span F1 on both dev
 * files after every epoch; the test split is never read.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storyFeatures, FEATURE_SET } from '../../src/ingest/model/features';
import { stackFeatures } from '../../src/ingest/model/stack-features';
import { TAGS } from '../../src/ingest/model/tags';
import { nameBreaks } from '../../src/ingest/model/tagger';
import { DEV_FILES, EPOCHS, FOLDS, SECOND_EPOCHS, SEED, TRAIN_FILE, TRAINER_VERSION } from './config';
import { nerFile, readDocuments, sha256Of, tagDocument, type TaggedDocument } from './data';
import { exportModel } from './export';
import { jackknifeTags, trainPass, type DocumentSequences, type TrainedPass } from './passes';
import { Perceptron, type Sequence } from './perceptron';
import { spanF1 } from './span-f1';

const OUT = join(import.meta.dirname, '..', '..', 'src', 'ingest', 'model', 'ner-model.json');

const trainPath = nerFile(TRAIN_FILE);
if (!trainPath) {
  console.error(`train:ner needs ../shared/ner/${TRAIN_FILE} (not in this checkout); nothing was written`);
  process.exit(1);
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const featureIds = new Map<string, number>();
const intern = (feature: string) => {
  let id = featureIds.get(feature);
  if (id === undefined) featureIds.set(feature, (id = featureIds.size));
  return id;
};
const lookUp = (feature: string) => featureIds.get(feature) ?? -1;

/** Every line of a document (empty ones too, so line numbers stay paragraph numbers). */
function firstSequences(tagged: TaggedDocument, toId: (feature: string) => number): DocumentSequences {
  const { doc, tokens, tags } = tagged;
  return storyFeatures({ paragraphs: doc.paragraphs, tokens }).map((line, p) => ({
    features: line.map((f) => Int32Array.from(f, toId)),
    gold: tags[p] ?? [],
    breaks: nameBreaks(abbreviations, tokens[p] ?? []),
  }));
}

/** The same lines with the second pass's features added, from first-pass tags of the story. */
function secondSequences(
  tagged: TaggedDocument,
  first: DocumentSequences,
  firstTags: number[][],
  toId: (feature: string) => number,
): DocumentSequences {
  const extra = stackFeatures(tagged.tokens, firstTags);
  return first.map((line, p) => ({
    ...line,
    features: line.features.map((ids, i) => {
      const more = Int32Array.from(extra[p]?.[i] ?? [], toId);
      const all = new Int32Array(ids.length + more.length);
      all.set(ids);
      all.set(more, ids.length);
      return all;
    }),
  }));
}

function predictAll(docs: readonly DocumentSequences[], trained: TrainedPass, featureCount: number): number[][][] {
  const perceptron = new Perceptron(featureCount, TAGS.length);
  return docs.map((lines) => lines.map((line) => perceptron.predict(line, trained.weights, trained.transitions)));
}

const trainDocs = readDocuments(trainPath).map(tagDocument);
const dotted = new Map<string, number>();
for (const doc of trainDocs) for (const word of doc.dotted) dotted.set(word, (dotted.get(word) ?? 0) + 1);
const abbreviations = new Set([...dotted].filter(([, count]) => count >= 2).map(([word]) => word));
const firstTrain = trainDocs.map((doc) => firstSequences(doc, intern));
const firstFeatures = featureIds.size;
const devSets = DEV_FILES.flatMap((name) => {
  const path = nerFile(name);
  if (!path) return [];
  const docs = readDocuments(path).map(tagDocument);
  return [{ name, docs, first: docs.map((doc) => firstSequences(doc, lookUp)) }];
});
const unaligned = trainDocs.reduce((sum, doc) => sum + doc.unaligned, 0);
console.log(
  `${trainDocs.length} documents, ${firstTrain.flat().length} lines, ${firstFeatures} first-pass features, ` +
    `${unaligned} gold names not on token edges (skipped)`,
);

const f1Of = (docs: readonly Sequence[][], predicted: number[][][]) =>
  spanF1(
    docs.flat().map((s) => s.gold),
    predicted.flat(),
  );
const report = (pass: string, epoch: number, f1s: number[]) =>
  console.log(
    `${pass} epoch ${epoch}: ${f1s.map((f1, k) => `${devSets[k]?.name} token-span F1 ${f1.toFixed(4)}`).join(', ')} (${elapsed()})`,
  );

const size = { features: firstFeatures, tags: TAGS.length };
console.log(`first pass, ${FOLDS} folds for the second pass's training tags`);
const foldTags = jackknifeTags(firstTrain, size, { folds: FOLDS, epochs: EPOCHS, seed: SEED, log: console.log });
console.log('first pass on all training documents');
const first = trainPass(firstTrain, size, EPOCHS, SEED, (epoch, trained) =>
  report(
    'first',
    epoch,
    devSets.map(({ first: docs }) => f1Of(docs, predictAll(docs, trained, firstFeatures))),
  ),
);

const secondTrain = trainDocs.map((doc, k) => secondSequences(doc, firstTrain[k] ?? [], foldTags[k] ?? [], intern));
const secondDev = devSets.map(({ docs, first: firstDocs }) => {
  const tags = predictAll(firstDocs, first, firstFeatures);
  return docs.map((doc, k) => secondSequences(doc, firstDocs[k] ?? [], tags[k] ?? [], lookUp));
});
console.log(`second pass: ${featureIds.size - firstFeatures} more features`);
let devF1 = 0;
const second = trainPass(
  secondTrain,
  { features: featureIds.size, tags: TAGS.length },
  SECOND_EPOCHS,
  SEED,
  (epoch, trained) => {
    const f1s = secondDev.map((docs) => f1Of(docs, predictAll(docs, trained, featureIds.size)));
    devF1 = f1s[0] ?? 0;
    report('second', epoch, f1s);
  },
);

const model = exportModel([first, second], [...featureIds.keys()], [firstFeatures, featureIds.size], {
  header: {
    format: 4,
    featureSet: FEATURE_SET,
    trainer: TRAINER_VERSION,
    seed: SEED,
    epochs: EPOCHS,
    secondEpochs: SECOND_EPOCHS,
    folds: FOLDS,
    trainFile: TRAIN_FILE,
    trainSha256: sha256Of(trainPath),
    tags: [...TAGS],
    devF1: Number(devF1.toFixed(4)),
  },
  abbreviations: [...abbreviations],
});
writeFileSync(OUT, model.text);
console.log(
  `wrote ${OUT}: ${model.features.join(' + ')} features kept, ${(model.text.length / 1e6).toFixed(2)} MB, in ${elapsed()}`,
);
