import { learnerId } from '../db/events';
import { type LrsConnection, lrsConnectionSchema } from '../lib/sync/lrsConnectionSchema';

/** Whether this page is served by Cohesion's own server (which has an LRS at /xapi/). */
export async function hasCohesionServer(): Promise<boolean> {
  try {
    const response = await fetch('/xapi/about', { headers: { 'X-Experience-API-Version': '2.0.0' } });
    return response.ok && ((await response.json()) as { version?: unknown }).version !== undefined;
  } catch {
    return false;
  }
}

/**
 * Exchanges a one-time enrolment code from a COE lead for this device's credentials on Cohesion's
 * server. Throws an Error whose message can be shown as it is.
 */
export async function redeemEnrolmentCode(code: string): Promise<LrsConnection> {
  const agent = { objectType: 'Agent', account: { homePage: location.origin, name: await learnerId() } };
  let response: Response;
  try {
    response = await fetch('/api/enrolments/redeem', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: code.trim(), agent }),
    });
  } catch {
    throw new Error('The server could not be reached. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as {
    message?: string;
    username?: string;
    password?: string;
    agent?: unknown;
    endpoint?: string;
  };
  if (!response.ok) throw new Error(body.message ?? `The server refused the code (HTTP ${response.status}).`);
  return lrsConnectionSchema.parse({
    endpoint: new URL(body.endpoint ?? '/xapi/', location.origin).toString(),
    username: body.username,
    password: body.password,
    agent: body.agent,
    kind: 'cohesion',
  });
}

/** Checks that an LRS accepts these credentials for this agent before saving them. */
export async function checkConnection(connection: LrsConnection): Promise<void> {
  const { createLrsClient } = await import('../lib/sync/lrsClient');
  await createLrsClient(connection).getStatements({ agent: connection.agent, limit: 1 });
}
