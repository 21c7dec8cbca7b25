import type { ComponentProps, ReactNode } from 'react';
import { HeadedTable } from './HeadedTable';

/** A HeadedTable with one row per item (`row` renders it), or the `empty` sentence in its place when there are none. */
export function ItemsTable<Item>({
  items,
  empty,
  row,
  ...table
}: Omit<ComponentProps<typeof HeadedTable>, 'children'> & {
  items: readonly Item[];
  empty: ReactNode;
  row: (item: Item) => ReactNode;
}) {
  return items.length === 0 ? <p>{empty}</p> : <HeadedTable {...table}>{items.map(row)}</HeadedTable>;
}
