/** The colour of the evidence charts' lines and bars. */
export const CHART_COLOUR = '#3b5bdb';
/** The colour of programme events drawn on a chart. */
export const EVENT_COLOUR = '#b45309';
