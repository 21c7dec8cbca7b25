import type { Actor } from '@xapi/xapi';
import { v5 } from 'uuid';
import { fieldCaseStatement } from '../../src/lib/cases/fieldCaseStatement.ts';
import type { Principal } from '../auth/principal.ts';
import type { FieldCaseEvent, FieldCaseRecord, Repository } from '../storage/repository.ts';
import { isSameStatement } from '../xapi/compareStatements.ts';
import { indexStatement } from '../xapi/indexStatement.ts';
import { stampStatement } from '../xapi/normalizeStatement.ts';
import { validateStatement } from '../xapi/validateStatement.ts';
import { XapiError } from '../xapi/xapiError.ts';

// The namespace of statement ids made from case event ids (UUID v5): the same event always gives the same statement.
const STATEMENT_NAMESPACE = 'a8d6c1f2-5b0e-4c7a-9e43-2f1d6b8c0a51';

/**
 * Records the xAPI statement of a case event in the LRS (`shared` for a submission, `approved` for an
 * approval; others record none). Its id comes from the event's id, so recording it again (a learner's
 * idempotent resubmission retries a statement a failure left unwritten) stores nothing new.
 * The actor is the learner's agent, or the lead as an account of this server; the authority is the
 * acting credential, as for the statements it sends itself.
 */
export async function recordCaseStatement(
  repository: Repository,
  publicUrl: string,
  principal: Principal,
  record: FieldCaseRecord,
  event: FieldCaseEvent,
): Promise<void> {
  const verb = event.action === 'submitted' ? 'shared' : event.action === 'approve' ? 'approved' : undefined;
  if (verb === undefined) return;
  const serverAccount = (name: string) => ({ homePage: publicUrl, name });
  const actor = (principal.agent ?? { objectType: 'Agent', account: serverAccount(principal.username) }) as Actor;
  const statement = fieldCaseStatement(
    verb,
    { id: v5(event.id, STATEMENT_NAMESPACE), actor, timestamp: new Date(event.atMs).toISOString() },
    record.case,
  );
  const stamped = stampStatement(validateStatement(statement), {
    id: statement.id,
    authority: { objectType: 'Agent', name: principal.username, account: serverAccount(principal.username) },
    version: '2.0.0',
  });
  const result = await repository.insertStatements(
    [{ statement: stamped, index: indexStatement(stamped) }],
    [],
    isSameStatement,
  );
  if (result.kind === 'conflict')
    throw new XapiError(500, `The statement of case event ${event.id} is stored with other content.`);
}
