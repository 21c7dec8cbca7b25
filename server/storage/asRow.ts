/** A camelCase field name as the snake_case column that stores it (createdMs → created_ms). */
export type ColumnName<Field extends string> = Field extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `_${Lowercase<Head>}`}${ColumnName<Tail>}`
  : Field;

/** A record's fields under the names of the columns that store them. */
export type AsRow<R> = { [Field in keyof R & string as ColumnName<Field>]: R[Field] };

/**
 * A record as the row that stores it: every field under its snake_case column name, values as they
 * are. The record must hold only the table's fields (each table's columns are its record's fields).
 */
export function asRow<R extends object>(record: R): AsRow<R> {
  return Object.fromEntries(
    Object.entries(record).map(([field, value]) => [field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]),
  ) as AsRow<R>;
}
