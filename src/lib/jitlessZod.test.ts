import { describe, expect, it } from 'vitest';
import { z } from './jitlessZod';

describe('jitlessZod', () => {
  it('is Zod switched to jitless mode, so parsing never probes or uses eval (the pages forbid it)', () => {
    expect(z.config().jitless).toBe(true);
    expect(z.object({ id: z.string() }).parse({ id: 'm1' })).toEqual({ id: 'm1' });
  });
});
