/** A snake_case column name as the camelCase field it stores (created_ms → createdMs). */
export type FieldName<Column extends string> = Column extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<FieldName<Tail>>}`
  : Column;

/** A row's columns under the names of the record fields they store. */
export type FromRow<Row> = { [Column in keyof Row & string as FieldName<Column>]: Row[Column] };

/**
 * A row as the record it stores: every column under its camelCase field name, values as the driver
 * returned them (callers convert what a driver returns as text, such as PostgreSQL's BIGINT).
 */
export function fromRow<Row extends object>(row: Row): FromRow<Row> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  ) as FromRow<Row>;
}
