import { agentKey, memberKeys } from '../xapi/agentKey.ts';
import { XapiError } from '../xapi/xapiError.ts';
import type { ActorJson, StatementJson } from '../xapi/xapiTypes.ts';
import type { Principal } from './principal.ts';

const forbidden = (message: string) => new XapiError(403, message);

/** Whether a learner speaks as this actor: it is the learner's agent, or a Group that is or includes it. */
export function actsAs(principal: Principal, actor: ActorJson): boolean {
  const own = principal.agentKey;
  return (
    own !== undefined && (agentKey(actor) === own || (actor.objectType === 'Group' && memberKeys(actor).includes(own)))
  );
}

/** Learners may record statements only as themselves (or a group they belong to); leads only read; admins may do anything. */
export function assertCanWriteStatement(principal: Principal, statement: StatementJson): void {
  if (principal.role === 'admin') return;
  if (principal.role === 'lead')
    throw forbidden(
      'Lead credentials read and aggregate; they cannot record statements. Use a learner or admin credential.',
    );
  if (!actsAs(principal, statement.actor)) {
    throw forbidden(
      'Learner credentials can only record statements whose actor is their own agent, or a Group of which their agent is a member.',
    );
  }
}

/** A learner voids only statements it recorded as itself; `target` is the stored (or same-batch) statement, undefined when unknown. */
export function assertCanVoid(principal: Principal, target: StatementJson | undefined): void {
  if (principal.role !== 'learner') return;
  if (target === undefined || !actsAs(principal, target.actor)) {
    throw forbidden('Learner credentials can only void their own statements, once they are stored.');
  }
}

/** Whether the principal may read data about this agent key (a learner: only their own). */
export function assertCanReadAgent(principal: Principal, key: string | undefined): void {
  if (principal.role !== 'learner') return;
  if (key === undefined || key !== principal.agentKey)
    throw forbidden("Learner credentials can only read their own agent's statements and documents.");
}

/** Whether the principal may write documents about this agent key (`undefined`: an activity profile). */
export function assertCanWriteDocument(principal: Principal, key: string | undefined): void {
  if (principal.role === 'admin') return;
  if (principal.role === 'lead') throw forbidden('Lead credentials cannot write documents.');
  if (key === undefined || key !== principal.agentKey)
    throw forbidden("Learner credentials can only write their own agent's state and profile documents.");
}

/** The principal, which hooks guarantee for every resource but About. */
export function requirePrincipal(principal: Principal | undefined): Principal {
  if (principal === undefined) throw new XapiError(401, 'Authentication required.');
  return principal;
}
