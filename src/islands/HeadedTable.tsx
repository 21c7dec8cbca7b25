import type { CSSProperties, ReactNode } from 'react';

/** A table with a caption and one row of column headings; its children are the body's rows. */
export function HeadedTable({
  caption,
  columns,
  style,
  children,
}: {
  caption: ReactNode;
  columns: readonly ReactNode[];
  style?: CSSProperties;
  children: ReactNode;
}) {
  return (
    <table style={style}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed and never reorder
            <th scope="col" key={i}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
