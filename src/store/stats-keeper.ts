import type { SqlDriver } from './driver/driver';

/**
 * PGlite has no autovacuum, and a server's runs late after a bulk load: without fresh statistics
 * the planner picks sequential scans over the indexes. So the store analyzes its own tables once
 * enough has been written since the last time (a fifth more stories, at least 500).
 */
export function createStatsKeeper(driver: SqlDriver) {
  let pending = 0;
  let analyzedAt = 0;
  return {
    async wrote(count: number): Promise<void> {
      pending += count;
      if (pending < Math.max(500, analyzedAt / 5)) return;
      await driver.exec('ANALYZE articles; ANALYZE article_entities; ANALYZE entities');
      const [row] = await driver.query<{ count: number }>('SELECT count(*)::int AS count FROM articles');
      analyzedAt = row?.count ?? 0;
      pending = 0;
    },
  };
}
