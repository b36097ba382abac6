import { afterEach } from 'vitest';
import type { Store } from '../../server/src/onboarding/ports/index.ts';
import { createTestStore } from './create-test-store.ts';
import type { TestStore } from './create-test-store.ts';

/** Opens in-memory test stores for the tests of a file, each closed after the test that opened it. */
export function useTestStores(): (options?: Parameters<typeof createTestStore>[0]) => Promise<TestStore> {
  const opened: Store[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });
  return async (options) => {
    const test = await createTestStore(options);
    opened.push(test.store);
    return test;
  };
}
