import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jobFunctionListSchema } from './jobFunctionSchema';
import { listOfUnique } from './listOfUnique';

describe('a list whose entries a key names once', () => {
  const list = listOfUnique(z.object({ id: z.string() }), 'id', (id) => `"${id}" is listed twice`);

  it('takes entries whose keys all differ', () => {
    expect(list.parse([{ id: 'a' }, { id: 'b' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('refuses each repeat at its own place, naming the key', () => {
    const result = list.safeParse([{ id: 'a' }, { id: 'b' }, { id: 'a' }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: [2, 'id'], message: '"a" is listed twice' }),
    ]);
  });

  it('is how content/functions.yaml refuses a function listed twice', () => {
    const functions = [
      { id: 'sales', name: 'Sales' },
      { id: 'sales', name: 'Sales again' },
    ];
    expect(jobFunctionListSchema.safeParse(functions).error?.issues[0]).toMatchObject({
      path: [1, 'id'],
      message: 'function "sales" is listed twice',
    });
  });
});
