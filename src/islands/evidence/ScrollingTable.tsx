import type { ReactNode } from 'react';

/** A table in its own scrolling box, so a wide one never makes the page scroll sideways. */
export const ScrollingTable = ({ children }: { children: ReactNode }) => (
  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
  <div className="table-scroll" tabIndex={0}>
    {children}
  </div>
);
