import { z } from 'zod';

/**
 * The components authors may use in a module body without importing them, with the props each
 * takes as an author writes them: the one declaration `check:content` checks every use against
 * (the components' own `Props` follow it).
 */
export const AUTHOR_COMPONENT_PROPS = {
  KnowledgeCheck: { id: z.string() },
  Scenario: { title: z.string() },
  Reflection: { id: z.string(), prompt: z.string() },
  LocalNote: {
    region: z.string(),
    // The heading anchor of the section the note adapts, and the hash translation:stamp records of it.
    adapts: z.string(),
    hash: z.string().regex(/^[0-9a-f]{12}$/),
  },
  KeyTakeaway: {},
  // The type is checked against the course's vocabulary (calloutVocabularyOf), not a fixed list.
  Callout: { type: z.string(), title: z.string() },
  Exercise: { id: z.string(), title: z.string(), attempt: z.string() },
  Hint: {},
  Solution: { slot: z.literal('solution') },
  FacilitatorNote: { title: z.string() },
  Figure: {
    src: z.string(),
    alt: z.string(),
    caption: z.string(),
    size: z.enum(['small', 'medium', 'full']),
    credit: z.string(),
  },
  Video: { src: z.string(), captions: z.string(), title: z.string(), lang: z.string(), poster: z.string() },
} satisfies Record<string, Record<string, z.ZodType<string>>>;

/** The names of the components authors may use. */
export const AUTHOR_COMPONENTS = Object.keys(AUTHOR_COMPONENT_PROPS) as Array<keyof typeof AUTHOR_COMPONENT_PROPS>;

/** A problem with one prop of a component use: the prop, what is wrong and how to fix it. */
export interface PropProblem {
  prop: string;
  message: string;
  hint: string;
}

/** The problems with the string props an author gave a component, checked against its declared props. */
export function checkComponentProps(
  name: keyof typeof AUTHOR_COMPONENT_PROPS,
  attributes: Record<string, string>,
): PropProblem[] {
  const declared: Record<string, z.ZodType<string>> = AUTHOR_COMPONENT_PROPS[name];
  const allowed = Object.keys(declared);
  return Object.entries(attributes).flatMap(([prop, value]): PropProblem[] => {
    const schema = declared[prop];
    if (!schema)
      return [
        {
          prop,
          message: `<${name}> has no prop "${prop}".`,
          hint: allowed.length
            ? `Props of <${name}>: ${allowed.join(', ')} (see AUTHORING.md).`
            : `<${name}> takes no props; remove "${prop}".`,
        },
      ];
    if (schema.safeParse(value).success) return [];
    const options = (schema as { options?: readonly string[] }).options;
    return [
      {
        prop,
        message: `"${value}" is not a ${prop} of <${name}>.`,
        hint: options ? `Use one of: ${options.join(', ')}.` : `Check the ${prop} against AUTHORING.md.`,
      },
    ];
  });
}
