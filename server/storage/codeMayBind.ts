import type { AgentUse, EnrolmentCode } from './repository.ts';

/**
 * Whether redeeming this code may bind an agent in this use: a code not tied to an agent binds only
 * a new agent (no credential, no records); a tied code never binds an agent that already has a
 * credential, unless an admin issued it to add a device.
 */
export function codeMayBind(code: EnrolmentCode, use: AgentUse): boolean {
  if (code.agent === null) return !use.credential && !use.records;
  return code.addsDevice || !use.credential;
}
