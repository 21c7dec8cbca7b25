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

/** Keys of a Group's members (none for an Agent): members take part in a statement, but are not its actor. */
export function memberKeys(actor: ActorJson): string[] {
  return (actor.member ?? []).map(agentKey).filter((key): key is string => key !== undefined);
}
