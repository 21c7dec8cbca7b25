import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';

/** Calls Cohesion's /api with this device's own learner credentials; throws an Error with the server's message. */
export async function callAsLearner<T>(
  connection: LrsConnection,
  path: string,
  method = 'GET',
  json?: unknown,
): Promise<T> {
  const response = await fetch(`/api/${path}`, {
    method,
    headers: {
      Authorization: `Basic ${btoa(`${connection.username}:${connection.password}`)}`,
      'X-Requested-With': 'XMLHttpRequest',
      ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok) throw new Error(body.message ?? `The server answered ${response.status}.`);
  return body as T;
}
