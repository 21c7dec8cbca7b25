import type { LrsConnection } from '../lib/sync/lrsConnectionSchema';
import { ApiError } from './accountApi';

/**
 * Calls Cohesion's `/api/<path>` as this device's learner (its own Basic credential), or with the
 * browser's session cookie (a lead's) when `connection` is null. Throws ApiError: status 0 when the
 * server could not be reached, else the server's status and message. `origin` is the server's (tests name theirs).
 */
export async function callAsLearner<T>(
  connection: LrsConnection | null,
  path: string,
  method = 'GET',
  json?: unknown,
  origin = location.origin,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(`/api/${path}`, origin), {
      method,
      credentials: 'same-origin',
      headers: {
        'X-Requested-With': 'XMLHttpRequest',
        ...(connection ? { Authorization: `Basic ${btoa(`${connection.username}:${connection.password}`)}` } : {}),
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  } catch {
    throw new ApiError(0, 'The server could not be reached. Check your connection and try again.');
  }
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok) throw new ApiError(response.status, body.message ?? `The server answered ${response.status}.`);
  return body as T;
}
