import { z } from 'zod';

/** Which population a size counts: the people of a region, or of a job function. */
export const populationDimensionSchema = z.enum(['region', 'function']);
export type PopulationDimension = z.infer<typeof populationDimensionSchema>;

/** The most people a size may name: more than any company employs, so a typo's extra zeros are caught. */
export const MAX_POPULATION = 10_000_000;

/** One population size a lead enters: a region or function (by id or by name) and how many people it has. */
export const populationEntrySchema = z.strictObject({
  dimension: populationDimensionSchema,
  id: z.string().trim().min(1, 'Name the region or function.').max(100).describe('its id or its name'),
  size: z
    .number('Give the number of people as a whole number, or null to clear it.')
    .int('Give a whole number of people.')
    .min(0, 'A population cannot be negative.')
    .max(MAX_POPULATION, `At most ${MAX_POPULATION.toLocaleString('en')} people.`)
    .nullable()
    .describe('people in it, everyone the programme is for (invited or not); null clears it'),
});
export type PopulationEntry = z.infer<typeof populationEntrySchema>;

/** The body of `PUT /api/evidence/population`: the sizes to set or clear; the others stay as they are. */
export const populationRequestSchema = z.strictObject({
  sizes: z.array(populationEntrySchema).min(1, 'Give at least one size.').max(500),
});

/** A region's or function's size as entered (null: none), with who entered it and when. */
const entered = z.object({
  id: z.string(),
  size: z.number().int().nonnegative().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: z.iso.datetime().nullable(),
});

/** The population sizes entered, per region and per function (`size` null: none entered), and their changes. */
export const populationSizesSchema = z.object({
  regions: z.array(entered),
  functions: z.array(entered),
  /** Every change, newest first: who entered which size (null: cleared) and when. */
  changes: z.array(
    z.object({
      dimension: populationDimensionSchema,
      id: z.string(),
      size: z.number().int().nonnegative().nullable(),
      changedBy: z.string(),
      changedAt: z.iso.datetime(),
    }),
  ),
});
export type PopulationSizes = z.infer<typeof populationSizesSchema>;
