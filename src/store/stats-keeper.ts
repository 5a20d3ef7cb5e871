import type { SqlDriver } from './driver/driver';

/**
 * PGlite has no autovacuum, and a server's runs late after a bulk load: without fresh statistics
 * the planner picks sequential scans over the indexes, and replaced rows are never reclaimed. So
 * the store vacuums and analyzes its own tables once enough has been written since the last time
 * (a fifth more stories, at least 500).
 */
export function createStatsKeeper(driver: SqlDriver) {
  let pending = 0;
  let analyzedAt = 0;
  return {
    async wrote(count: number): Promise<void> {
      pending += count;
      if (pending < Math.max(500, analyzedAt / 5)) return;
      pending = 0;
      try {
        await vacuumAnalyze(driver);
        const [row] = await driver.query<{ count: number }>('SELECT n AS count FROM article_count');
        analyzedAt = row?.count ?? 0;
      } catch (error) {
        // The write it follows has committed; a failed upkeep must not report that write as failed.
        console.warn(`Lede store: VACUUM (ANALYZE) failed, plans may be slow: ${String(error)}`);
      }
    },
  };
}

/**
 * Reclaims replaced rows and refreshes the planner's statistics of the story tables. Also run after
 * a migration that rewrote rows (005 rewrites every search row), so plans fit the new data at once.
 */
export async function vacuumAnalyze(driver: SqlDriver): Promise<void> {
  // One statement: VACUUM refuses to run inside the transaction a multi-statement script is.
  await driver.query('VACUUM (ANALYZE) articles, article_texts, article_search, article_entities, entities');
}
