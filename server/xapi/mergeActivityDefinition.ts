import type { Json, JsonObject } from './xapiTypes.ts';

const LANGUAGE_MAPS = ['name', 'description'] as const;

const isMap = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The LRS's canonical definition of an activity after it receives another definition of it: the
 * newer definition's properties win, and the language maps (name, description) gain the new languages.
 */
export function mergeActivityDefinition(current: JsonObject | undefined, incoming: JsonObject): JsonObject {
  if (current === undefined) return incoming;
  const merged: JsonObject = { ...current, ...incoming };
  for (const key of LANGUAGE_MAPS) {
    const before = current[key];
    const after = incoming[key];
    if (isMap(before) && isMap(after)) merged[key] = { ...before, ...after };
  }
  return merged;
}
