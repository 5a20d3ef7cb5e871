// @vitest-environment node
import { openStore } from '../../src/store';
import { describeStoreContract } from './store-contract';

describeStoreContract('PGlite', async () => {
  const store = await openStore({ inMemory: true });
  return { store, verify: () => store.verify() };
});
