import { createHash } from 'node:crypto';
import type { AttachmentData } from '../storage/repository.ts';
import { badRequest } from './xapiError.ts';
import type { StatementJson } from './xapiTypes.ts';

/**
 * Checks that attachment parts and statements agree (spec: Attachments, LRS Requirements): every
 * attachment without a fileUrl has a part with its hash, every part is used, and each part's bytes
 * really hash to the declared SHA-2. Returns the parts to store.
 */
export function matchAttachments(statements: StatementJson[], parts: AttachmentData[]): AttachmentData[] {
  const byHash = new Map(parts.map((p) => [p.sha2, p]));
  const used = new Set<string>();
  for (const [i, statement] of statements.entries()) {
    for (const attachment of statement.attachments ?? []) {
      const part = byHash.get(attachment.sha2);
      if (part === undefined) {
        if (attachment.fileUrl === undefined)
          throw badRequest(
            `Statement ${i}: attachment ${attachment.sha2} has no fileUrl and no multipart part with that X-Experience-API-Hash.`,
          );
        continue;
      }
      used.add(part.sha2);
    }
  }
  for (const part of parts) {
    if (!used.has(part.sha2)) throw badRequest(`Attachment part ${part.sha2} matches no attachment in the statements.`);
    const algorithm = { 64: 'sha256', 96: 'sha384', 128: 'sha512' }[part.sha2.length];
    if (
      algorithm === undefined ||
      createHash(algorithm).update(part.content).digest('hex') !== part.sha2.toLowerCase()
    ) {
      throw badRequest(`Attachment part ${part.sha2}: its content does not hash to its X-Experience-API-Hash.`);
    }
  }
  return parts;
}
