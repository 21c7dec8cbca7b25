import type { CSSProperties, ReactNode } from 'react';

/**
 * A table with a caption (`hiddenCaption`: read by screen readers only) and one row of column headings,
 * a `null` heading being an empty cell over a column of buttons; its children are the body's rows.
 * `scroll` wraps it in a box of that class, which scrolls it sideways on a narrow screen.
 */
export function HeadedTable({
  caption,
  hiddenCaption = false,
  columns,
  style,
  scroll,
  children,
}: {
  caption: ReactNode;
  hiddenCaption?: boolean;
  columns: readonly ReactNode[];
  style?: CSSProperties;
  scroll?: 'table-scroll' | 'table-scroll scrolling-table';
  children: ReactNode;
}) {
  const table = (
    <table style={style}>
      <caption className={hiddenCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column, i) =>
            column === null ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed and never reorder
              <td key={i} />
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed and never reorder
              <th scope="col" key={i}>
                {column}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return scroll ? <div className={scroll}>{table}</div> : table;
}
