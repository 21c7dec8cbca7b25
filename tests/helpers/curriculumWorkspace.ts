import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * A throwaway project folder holding the minimal curriculum with a bad-content fixture's files
 * laid over it, so each fixture only has to contain the file it breaks.
 */
export function curriculumWorkspace(overlay?: string): { root: string; dispose: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'cohesion-content-'));
  cpSync(join(FIXTURES, 'curricula', 'minimal', 'content'), join(root, 'content'), { recursive: true });
  if (overlay) cpSync(join(overlay, 'content'), join(root, 'content'), { recursive: true });
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}
