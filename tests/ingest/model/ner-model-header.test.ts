import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEV_FILES,
  EPOCHS,
  FOLDS,
  SECOND_EPOCHS,
  SEED,
  TRAIN_FILE,
  TRAINER_VERSION,
} from '../../../scripts/train-ner/config';
import { nerFile, sha256Of } from '../../../scripts/train-ner/data';
import { FEATURE_SET } from '../../../src/ingest/model/features';
import type { ModelFile } from '../../../src/ingest/model/model-file';
import { shippedModel } from '../../../src/ingest/model/shipped-model';
import { TAGS } from '../../../src/ingest/model/tags';

const MODEL = join(import.meta.dirname, '..', '..', '..', 'src', 'ingest', 'model', 'ner-model.json');
const trainPath = nerFile(TRAIN_FILE);
const absent = `skipped: ../shared/ner/${TRAIN_FILE} is absent in this checkout`;

describe('the shipped NER model', () => {
  const { header } = JSON.parse(readFileSync(MODEL, 'utf8')) as ModelFile;

  it('was trained with the trainer and features this code has (else run `npm run train:ner`)', () => {
    expect(header).toMatchObject({
      featureSet: FEATURE_SET,
      trainer: TRAINER_VERSION,
      seed: SEED,
      epochs: EPOCHS,
      secondEpochs: SECOND_EPOCHS,
      folds: FOLDS,
      trainFile: TRAIN_FILE,
      tags: [...TAGS],
    });
    expect(DEV_FILES).not.toContain(TRAIN_FILE);
  });

  it.skipIf(!trainPath)(`was trained on the training file as it is now (${trainPath ? 'checksum' : absent})`, () => {
    expect(header.trainSha256).toBe(sha256Of(trainPath ?? ''));
  });

  it('loads both passes over one list of features, with every weight a feature of its own', () => {
    const model = shippedModel();
    expect(model.tagCount).toBe(TAGS.length);
    expect(model.rows.size).toBeGreaterThan(1000);
    for (const pass of [model.first, model.second]) expect(pass.weights.length).toBe(model.rows.size * TAGS.length);
    // The second pass reads the first's tags: its features include them.
    expect([...model.rows.keys()].some((name) => name.startsWith('t0='))).toBe(true);
  });
});
