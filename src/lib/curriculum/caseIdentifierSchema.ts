import { z } from 'zod';

/**
 * A 1EdTech CASE identifier: a UUID written in the usual 8-4-4-4-12 hexadecimal form. Content only
 * carries one to keep the identifier an imported framework already had; otherwise it is derived.
 */
export const caseIdentifierSchema = z.guid({ error: 'must be a UUID such as "3f2b8c1e-5d4a-5b6c-9e7f-0a1b2c3d4e5f"' });
