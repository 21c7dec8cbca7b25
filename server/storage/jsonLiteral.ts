/**
 * A value as a PostgreSQL string constant holding its JSON, for the simple query protocol (which binds no
 * parameters): dollar-quoted with a tag the JSON does not contain, so the text goes through unescaped
 * whatever it holds, and the SQL reads it with `::jsonb`.
 */
export function jsonLiteral(value: unknown): string {
  const json = JSON.stringify(value);
  let tag = '$j$';
  for (let n = 0; json.includes(tag); n++) tag = `$j${n}$`;
  return `${tag}${json}${tag}`;
}
