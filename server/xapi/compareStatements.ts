import type { Json, StatementJson } from './xapiTypes.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ISO 8601 duration with its seconds cut to 0.01 s (spec: precision beyond that is not compared). */
function comparableDuration(duration: string): string {
  return duration.replace(/(\d+)(?:[.,](\d*))?S$/, (_all, whole: string, fraction = '') => {
    const cut = fraction.slice(0, 2).replace(/0+$/, '');
    return `${Number(whole)}${cut === '' ? '' : `.${cut}`}S`;
  });
}

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
  if (typeof value === 'string' && key === 'duration') return comparableDuration(value);
  return value;
}

function comparable(statement: StatementJson, withTimestamp: boolean): Json | undefined {
  const { id: _id, authority: _a, stored: _s, version: _v, timestamp, ...rest } = statement;
  const object = rest.object as StatementJson['object'] | undefined;
  // The Activity Definition is not part of the statement's meaning (it can be updated over time).
  if (typeof object === 'object' && object !== null && (object.objectType ?? 'Activity') === 'Activity')
    rest.object = { ...object, objectType: 'Activity', definition: null };
  // A signed payload is not validated: a timestamp that is no date is compared as written.
  const instant = timestamp === undefined ? undefined : new Date(timestamp);
  if (withTimestamp && instant !== undefined)
    (rest as Record<string, Json>).timestamp = Number.isNaN(instant.getTime()) ? timestamp! : instant.toISOString();
  return canonical(rest as unknown as Json);
}

/**
 * Whether an incoming statement is the same as one already stored under its id (spec: Statement
 * Comparison Requirements): properties the LRS assigns, key order, UUID case, group member order
 * and activity definitions are not differences; a timestamp is compared as an instant, and only
 * when the incoming statement has one; durations are compared to 0.01 s.
 */
export function isSameStatement(stored: StatementJson, incoming: StatementJson): boolean {
  const withTimestamp = incoming.timestamp !== undefined;
  return JSON.stringify(comparable(stored, withTimestamp)) === JSON.stringify(comparable(incoming, withTimestamp));
}
