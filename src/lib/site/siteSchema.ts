import { z } from 'zod';
import { UI_LOCALES } from './uiLocales';

/** A word in its singular and plural forms, e.g. { one: region, other: regions }. */
export const termSchema = z.strictObject({
  one: z.string().trim().min(1).describe('The singular, in lower case as it reads mid-sentence, e.g. "region"'),
  other: z.string().trim().min(1).describe('The plural, e.g. "regions"'),
});
export type Term = z.infer<typeof termSchema>;

/** A colour written as six hex digits, e.g. "#0b5c8a". */
const colourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'write the colour as # and six hex digits' })
  .describe('A colour as # and six hex digits, e.g. "#0b5c8a"');

/** The sections the navigation can show, in the order it shows them. */
export const NAV_SECTIONS = [
  'home',
  'journey',
  'modules',
  'paths',
  'competencies',
  'model',
  'coverage',
  'region',
  'data',
  'sync',
] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

/** A language Cohesion's interface is written in, as site.yaml names it: one of {@link UI_LOCALES}. */
export const uiLocaleSchema = z
  .enum(UI_LOCALES)
  .describe(`a language Cohesion's interface is written in, one of: ${UI_LOCALES.join(', ')}`);
export type UiLocale = z.infer<typeof uiLocaleSchema>;

/** The site's own words: what `translations` may give again for another locale. */
const siteTextSchema = z.strictObject({
  name: z.string().trim().min(1).describe('The site name, shown in the header and every page title'),
  organisation: z.string().trim().min(1).describe('The organisation publishing the curriculum'),
  tagline: z.string().trim().min(10).describe("One sentence on the site's purpose: every page's description"),
  home: z
    .strictObject({
      heading: z.string().trim().min(3).describe("The home page's main heading"),
      intro: z.string().trim().min(20).describe('The paragraph under it: who the curriculum is for and why'),
      places: z
        .string()
        .trim()
        .min(20)
        .optional()
        .describe(
          'Why choosing a place matters, shown before the link to choose one; left out when there are no places',
        ),
    })
    .describe('The home page text'),
  terms: z
    .strictObject({
      model: termSchema
        .optional()
        .describe(
          'What the curriculum\'s model is called ("engagement model", "service standard"); leave out when there is none',
        ),
      region: termSchema.describe('The word for a place a learner works in: "region", "market", "team"'),
      archetype: termSchema
        .optional()
        .describe(
          'The word for a kind of place ("healthcare archetype", "delivery mode"); leave out when regions.yaml has none',
        ),
      leads: z.string().trim().min(1).describe('Who reads the coverage pages, e.g. "COE leads" or "programme leads"'),
    })
    .describe('The words the site uses for its own ideas'),
  footer: z.string().trim().min(1).describe('One line at the foot of every page'),
  attribution: z.string().trim().min(1).optional().describe('Credit for adapted material, shown in the footer'),
});

/**
 * `content/site.yaml`: who the site speaks for and in which words: its name, home text, the words
 * for its model and places, footer, licence, brand. Everything a learner reads that is not a module.
 */
export const siteSchema = siteTextSchema.extend({
  contact: z
    .strictObject({
      label: z.string().trim().min(1).describe('Who to contact, e.g. "the Enablement team"'),
      href: z
        .string()
        .regex(/^(mailto:|https:\/\/)/, { error: 'start the address with mailto: or https://' })
        .describe('A mailto: or https:// address'),
    })
    .optional(),
  licence: z
    .strictObject({
      name: z.string().trim().min(1).describe('e.g. "CC BY 4.0"'),
      href: z
        .url({ protocol: /^https$/ })
        .optional()
        .describe('The licence text, an https:// address'),
    })
    .optional(),
  brand: z
    .strictObject({
      logo: z
        .string()
        .regex(/^\/[\w./-]+\.(svg|png)$/, { error: 'name an .svg or .png file in public/, starting with /' })
        .optional()
        .describe('A file in public/, e.g. "/logo.svg"'),
      colour: colourSchema.describe('Links and the brand bar; must reach 4.5:1 contrast on white'),
      strongColour: colourSchema.describe('Visited links and the header; white text on it must reach 4.5:1'),
    })
    .describe('Logo and brand colours'),
  navigation: z
    .array(z.enum(NAV_SECTIONS).describe(`a section of the site, one of: ${NAV_SECTIONS.join(', ')}`))
    .min(1)
    .refine((sections) => new Set(sections).size === sections.length, { error: 'list each section once' })
    .describe(`The sections the navigation shows, from: ${NAV_SECTIONS.join(', ')}`),
  locales: z
    .array(uiLocaleSchema)
    .min(1)
    .refine((locales) => new Set(locales).size === locales.length, { error: 'list each locale once' })
    .default(['en'])
    .describe(
      'The languages the site is served in, the default first: its pages keep their addresses, the others are under /<locale>/',
    ),
  translations: z
    .partialRecord(uiLocaleSchema, siteTextSchema.partial())
    .optional()
    .describe(
      "The site's words in each further locale: any of name, tagline, home, terms, footer… (the rest stays as written)",
    ),
});
export type Site = z.infer<typeof siteSchema>;
