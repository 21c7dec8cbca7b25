import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The `client:interaction` directive: an island hydrates at the learner's first interaction with the
 * page (src/integrations/interactionDirective.ts), or at once when a page script asks for it.
 */
export function hydrateOnInteraction(): AstroIntegration {
  return {
    name: 'cohesion:hydrate-on-interaction',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'interaction',
          entrypoint: fileURLToPath(new URL('./interactionDirective.ts', import.meta.url)),
        });
      },
    },
  };
}
