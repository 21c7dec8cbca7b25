import { idSchema } from '../curriculum/idSchema';
import type { CfItem } from './casePackageSchema';

/** Which text of a CFItem its id was made from, and whether it was taken unchanged. */
export interface CaseId {
  id: string;
  from: 'humanCodingScheme' | 'abbreviatedStatement' | 'alternativeLabel' | 'fullStatement';
  unchanged: boolean;
}

const SOURCES = ['humanCodingScheme', 'abbreviatedStatement', 'alternativeLabel', 'fullStatement'] as const;
const MAX_LENGTH = 60;

/**
 * The kebab-case id an imported CFItem gets: its humanCodingScheme when that already is one (as in
 * Cohesion's own exports), else the first of its code, short statement, label or full statement
 * that still has letters or digits once lower-cased and hyphenated (cut at a word near 60
 * characters). Undefined when none has: such an item cannot be given an id.
 */
export function caseIdFor(item: CfItem): CaseId | undefined {
  for (const from of SOURCES) {
    const text = item[from]?.trim();
    if (!text) continue;
    if (idSchema.safeParse(text).success) return { id: text, from, unchanged: true };
    const id = kebab(text);
    if (id) return { id, from, unchanged: false };
  }
  return undefined;
}

function kebab(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH + 1);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, MAX_LENGTH)).replace(/-$/, '');
}
