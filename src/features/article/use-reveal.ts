import { useEffect, useState } from 'react';

/**
 * How many of `costs` to render: the first batch at once, then one batch a task until all are in,
 * each batch holding about `budget` units. A story of any size then never blocks the page for
 * longer than one batch, and a typical story fits in the first.
 */
export function useReveal(costs: readonly number[], budget: number): number {
  const [revealed, setRevealed] = useState(() => nextStop(costs, 0, budget));
  useEffect(() => {
    if (revealed >= costs.length) return;
    const timer = setTimeout(() => setRevealed(nextStop(costs, revealed, budget)), 0);
    return () => clearTimeout(timer);
  }, [costs, revealed, budget]);
  return revealed;
}

function nextStop(costs: readonly number[], from: number, budget: number): number {
  let spent = 0;
  let end = from;
  while (end < costs.length && (end === from || spent + (costs[end] ?? 0) <= budget)) {
    spent += costs[end] ?? 0;
    end += 1;
  }
  return end;
}
