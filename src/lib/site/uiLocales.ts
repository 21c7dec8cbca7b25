/** The languages Cohesion's interface ships a complete message catalogue for (src/i18n/<locale>.ts). */
export const UI_LOCALES = ['en', 'fr'] as const;
