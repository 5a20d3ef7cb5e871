/**
 * How `npm run train:ner` trains the shipped model. The model file's header records these; a test
 * fails when the file was trained with other settings, so change them only together with a retrain.
 */
export const TRAINER_VERSION = 'perceptron-1';
export const SEED = 20261201;
export const EPOCHS = 8;
/** Stored weights are integers of this fraction of the largest weight; smaller ones are dropped. */
export const QUANTUM = 1 / 2000;

export const TRAIN_FILE = 'conll03-train.jsonl';
export const DEV_FILES = ['conll03-dev.jsonl', 'cleanconll-dev.jsonl'];
