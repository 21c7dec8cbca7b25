import type { ComponentProps } from 'react';
import { HeadedTable } from '../HeadedTable';

/** A headed table (see `HeadedTable`) in its own scrolling box, so a wide one never makes the page scroll sideways. */
export const ScrollingTable = (props: ComponentProps<typeof HeadedTable>) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
  <div className="table-scroll" tabIndex={0}>
    <HeadedTable {...props} />
  </div>
);
