import type { Json, StatementJson } from './xapiTypes.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function canonical(value: Json | undefined, key = ''): Json | undefined {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v) as Json);
    // Group members are an unordered set (spec: Statement Comparison Requirements).
    return key === 'member' ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
  }
  if (typeof value === 'object' && value !== null) {
    const out: { [k: string]: Json } = {};
    for (const k of Object.keys(value).sort()) {
      const v = canonical(value[k], k);
      if (v !== undefined && v !== null) out[k] = v;
    }
    return out;
  }
  if (typeof value === 'string' && UUID.test(value)) return value.toLowerCase();
  return value;
}

function comparable(statement: StatementJson, withTimestamp: boolean): Json | undefined {
  const { id: _id, authority: _a, stored: _s, version: _v, timestamp, ...rest } = statement;
  const object = rest.object;
  // The Activity Definition is not part of the statement's meaning (it can be updated over time).
  if ((object.objectType ?? 'Activity') === 'Activity') rest.object = { ...object, objectType: 'Activity', definition: null };
  if (withTimestamp && timestamp !== undefined) (rest as Record<string, Json>).timestamp = new Date(timestamp).toISOString();
  return canonical(rest as unknown as Json);
}

/**
 * Whether an incoming statement is the same as one already stored under its id (spec: Statement
 * Comparison Requirements): properties the LRS assigns, key order, UUID case, group member order
 * and activity definitions are not differences; a timestamp is compared as an instant, and only
 * when the incoming statement has one.
 */
export function isSameStatement(stored: StatementJson, incoming: StatementJson): boolean {
  const withTimestamp = incoming.timestamp !== undefined;
  return JSON.stringify(comparable(stored, withTimestamp)) === JSON.stringify(comparable(incoming, withTimestamp));
}
