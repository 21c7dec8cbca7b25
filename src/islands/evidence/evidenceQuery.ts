/** The report's query string: the filters a lead chose (an empty one is left out). */
export const evidenceQuery = (filters: Record<string, string>, extra: Record<string, string> = {}) => {
  const params = new URLSearchParams(Object.entries({ ...filters, ...extra }).filter(([, v]) => v !== ''));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
};
