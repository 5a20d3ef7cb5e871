// @vitest-environment node
import { describe, it } from 'vitest';
import { openStore } from '../../src/store';
import { describeStoreContract } from './store-contract';
import { postgresTarget } from './postgres-target';

const target = postgresTarget();

if (target) {
  describeStoreContract('PostgreSQL', async () => {
    const { databaseUrl, schema, dropSchema } = await target.freshSchema('contract');
    const store = await openStore({ databaseUrl, schema });
    return { store, cleanup: dropSchema, verify: () => store.verify() };
  });
} else {
  describe('PostgreSQL store', () => {
    it.skip('runs only with DATABASE_URL set (e.g. postgresql://lede:lede@127.0.0.1:5432/lede); .ci/run sets it', () => {});
  });
}
