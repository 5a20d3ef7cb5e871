import type { NerDocument } from '../train-ner/data';
import type { Mention } from './mention-score';

/**
 * The commonest mistakes, by class: a gold span found with the wrong type, a boundary off (an
 * overlapping prediction), missed outright, or spurious. Ten examples of each, most frequent first.
 */
export function errorReport(pairs: ReadonlyArray<{ doc: NerDocument; predicted: Mention[] }>): string {
  const classes = new Map<string, Map<string, number>>();
  const note = (kind: string, example: string) => {
    const examples = classes.get(kind) ?? new Map<string, number>();
    examples.set(example, (examples.get(example) ?? 0) + 1);
    classes.set(kind, examples);
  };
  for (const { doc, predicted } of pairs) {
    const text = (m: Mention) => doc.paragraphs[m.p]?.slice(m.s, m.e) ?? '';
    const overlapping = (a: Mention, list: readonly Mention[]) =>
      list.filter((b) => b.p === a.p && b.s < a.e && a.s < b.e);
    const gold = doc.gold.map(({ p, s, e, type }) => ({ p, s, e, type }));
    for (const g of gold) {
      const hits = overlapping(g, predicted);
      const exact = hits.find((h) => h.s === g.s && h.e === g.e);
      if (exact && exact.type === g.type) continue;
      if (exact) note(`type ${g.type} -> ${exact.type}`, text(g));
      else if (hits.length > 0)
        note('boundary', `${text(g)} (${g.type}) -> ${hits.map((h) => `${text(h)} (${h.type})`).join(', ')}`);
      else note(`missed ${g.type}`, text(g));
    }
    for (const p of predicted) if (overlapping(p, gold).length === 0) note(`spurious ${p.type}`, text(p));
  }
  const lines: string[] = ['', 'errors by class (count: examples)'];
  const total = (examples: Map<string, number>) => [...examples.values()].reduce((a, b) => a + b, 0);
  for (const [kind, examples] of [...classes].sort((a, b) => total(b[1]) - total(a[1]))) {
    const top = [...examples].sort((a, b) => b[1] - a[1]).slice(0, 10);
    lines.push(
      `${kind}: ${total(examples)}: ${top.map(([example, n]) => `${example}${n > 1 ? ` x${n}` : ''}`).join('; ')}`,
    );
  }
  return lines.join('\n');
}
