import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeZodError } from './describeZodError';

const person = z.object({
  name: z.string().min(1, { error: 'enter a name' }),
  address: z.object({ city: z.string({ error: 'enter a city' }) }),
});

describe('describeZodError', () => {
  it('names each wrong field by its dotted path with what is wrong, on one line', () => {
    const error = person.safeParse({ name: '', address: {} }).error!;
    expect(describeZodError(error, 'person')).toBe('name: enter a name; address.city: enter a city');
  });

  it('names the whole value when the value itself is wrong', () => {
    expect(describeZodError(person.safeParse(42).error!, 'person')).toMatch(/^person: /);
  });

  it('shows at most the limit and says how many more there are', () => {
    const error = z.object({ tags: z.array(z.string({ error: 'a tag is text' })) }).safeParse({ tags: [1, 2, 3, 4] })
      .error!;
    expect(describeZodError(error, 'module', 2)).toBe('tags.0: a tag is text; tags.1: a tag is text; and 2 more');
  });
});
