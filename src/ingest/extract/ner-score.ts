import type { EntityType } from './types';

export interface Labelled {
  name: string;
  type: EntityType;
  aliases: readonly string[];
}

export interface StoryScore {
  gold: number;
  predicted: number;
  matched: number;
  typeCorrect: number;
  missed: Labelled[];
  spurious: Labelled[];
  mistyped: Array<{ gold: Labelled; predicted: Labelled }>;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  typeAccuracy: number;
}

/** "The Pål Jonson" and "pal jonson" are the same name: case, accents and a leading article aside. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’']/gu, "'")
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * One-to-one matching: same normalized name first, then any shared surface form (a gold
 * "North Atlantic Treaty Organization" with alias "NATO" matches a predicted "NATO").
 */
export function scoreStory(gold: readonly Labelled[], predicted: readonly Labelled[]): StoryScore {
  const pairs: Array<[Labelled, Labelled]> = [];
  const freeGold = new Set(gold);
  const freePredicted = new Set(predicted);
  const forms = (entity: Labelled) => new Set([entity.name, ...entity.aliases].map(normalizeName));
  const passes: Array<(g: Labelled, p: Labelled) => boolean> = [
    (g, p) => normalizeName(g.name) === normalizeName(p.name),
    (g, p) => [...forms(p)].some((form) => forms(g).has(form)),
  ];
  for (const sameEntity of passes) {
    for (const g of [...freeGold]) {
      const p = [...freePredicted].find((candidate) => sameEntity(g, candidate));
      if (!p) continue;
      pairs.push([g, p]);
      freeGold.delete(g);
      freePredicted.delete(p);
    }
  }
  const mistyped = pairs.filter(([g, p]) => g.type !== p.type).map(([g, p]) => ({ gold: g, predicted: p }));
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched: pairs.length,
    typeCorrect: pairs.length - mistyped.length,
    missed: [...freeGold],
    spurious: [...freePredicted],
    mistyped,
  };
}

export function figuresOf(scores: readonly StoryScore[]): Figures {
  const sum = (pick: (score: StoryScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const matched = sum((s) => s.matched);
  const precision = ratio(
    matched,
    sum((s) => s.predicted),
  );
  const recall = ratio(
    matched,
    sum((s) => s.gold),
  );
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    typeAccuracy: ratio(
      sum((s) => s.typeCorrect),
      matched,
    ),
  };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
