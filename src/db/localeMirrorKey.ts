/**
 * localStorage key mirroring the learner's chosen locale. IndexedDB is the record; the mirror lets
 * the home page send the learner to their language before first paint (src/client/localeRedirect.inline.js).
 */
export const LOCALE_MIRROR_KEY = 'cohesion.locale';
