/** Fired on window after a sync run that brought something new, so pages can refresh what they show. */
export const SYNCED_EVENT = 'cohesion:synced';
/** Fired on window by code that recorded learning events, so a connected browser sends them soon. */
export const RECORDED_EVENT = 'cohesion:recorded';
