import type { ReactNode } from 'react';

/** One choice of a filter: its value and what the learner reads. */
export interface FilterOption {
  value: string;
  label: ReactNode;
}

/**
 * A labelled drop-down filter: a first option for "no filter" (value ""), then `options`. The
 * islands' filter bars (search, workforce) are rows of these.
 */
export function FilterSelect({
  label,
  value,
  blank,
  options,
  onChange,
}: {
  label: ReactNode;
  value: string;
  blank: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{blank}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
