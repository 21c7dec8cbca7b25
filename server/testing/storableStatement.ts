import { randomUUID } from 'node:crypto';
import type { NewStatement } from '../storage/repository.ts';
import { indexStatement } from '../xapi/indexStatement.ts';
import type { StatementJson } from '../xapi/xapiTypes.ts';

/** A complete statement (fresh id, version 2.0.0, an authority) with its index, as the repository stores it; `over` replaces fields. */
export function storableStatement(over: Partial<StatementJson> = {}): NewStatement {
  const statement: StatementJson = {
    id: randomUUID(),
    actor: { mbox: 'mailto:r@x.com' },
    verb: { id: 'urn:verb' },
    object: { id: 'urn:act' },
    authority: { mbox: 'mailto:lrs@x.com' },
    version: '2.0.0',
    ...over,
  };
  return { statement, index: indexStatement(statement) };
}
