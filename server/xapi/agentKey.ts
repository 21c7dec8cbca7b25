import type { ActorJson } from './xapiTypes.ts';

/**
 * The inverse functional identifier of an Agent or identified Group as one comparable string
 * (`mbox:mailto:a@b`, `account:https://home|name`…), or undefined for an anonymous Group.
 */
export function agentKey(actor: ActorJson): string | undefined {
  if (actor.mbox !== undefined) return `mbox:${actor.mbox}`;
  if (actor.mbox_sha1sum !== undefined) return `mbox_sha1sum:${actor.mbox_sha1sum.toLowerCase()}`;
  if (actor.openid !== undefined) return `openid:${actor.openid}`;
  if (actor.account !== undefined) return `account:${actor.account.homePage}|${actor.account.name}`;
  return undefined;
}

/** Every key an agent filter can match in this actor: its own and, for a Group, its members'. */
export function actorKeys(actor: ActorJson): string[] {
  const keys: string[] = [];
  const own = agentKey(actor);
  if (own !== undefined) keys.push(own);
  for (const member of actor.member ?? []) {
    const key = agentKey(member);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}
