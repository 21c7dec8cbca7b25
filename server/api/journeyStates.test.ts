import { describe, expect, it } from 'vitest';
import type { Repository } from '../storage/repository.ts';
import { TEST_BACKENDS, useTestRepository } from '../testing/testBackends.ts';
import { journeyStates } from './journeyStates.ts';

describe.each(TEST_BACKENDS)('journeyStates ($name)', (backend) => {
  const repository = useTestRepository(backend);

  it('answers the calls made during a read with one shared read after it, not one read each', async () => {
    let listed = 0;
    const counting = new Proxy(repository, {
      get(target, name, receiver) {
        if (name === 'stateDocumentVersions') listed += 1;
        return Reflect.get(target, name, receiver);
      },
    }) as Repository;
    const read = journeyStates(counting);

    const [first, ...during] = await Promise.all([read(), read(), read(), read()]);

    expect(listed).toBe(2);
    expect(during.every((states) => states.fingerprint === first.fingerprint)).toBe(true);
  });
});
