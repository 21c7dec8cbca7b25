import type { Role, User } from '../storage/repository.ts';
import { agentKey } from '../xapi/agentKey.ts';
import type { ActorJson } from '../xapi/xapiTypes.ts';

/** Who is calling: the credential's user, its role and (for learners) the agent key it speaks for. */
export interface Principal {
  username: string;
  role: Role;
  agent: ActorJson | null;
  agentKey: string | undefined;
}

/** The principal for a stored user. */
export function principalOf(user: User): Principal {
  return {
    username: user.username,
    role: user.role,
    agent: user.agent,
    agentKey: user.agent === null ? undefined : agentKey(user.agent),
  };
}
