/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the module page while its MDX renders, so author components can find the module's data. */
    module?: {
      id: string;
      checks: import('./lib/curriculum/knowledgeCheckSchema').KnowledgeCheck[];
      /** A translated module's answer key in the page's language (/<locale>/modules/<id>/checks.json); else the source's. */
      answerKey?: string;
      /** The "Share a practice" address prefilled with the competencies the module develops. */
      shareCase?: string;
    };
    /** Set by the facilitator view (`/modules/<id>/facilitator/`): only there do <FacilitatorNote>s render. */
    facilitatorView?: boolean;
    /** The message ids this page's <ClientMessages> blocks have shipped so far: each ships once per page. */
    clientMessageIds?: Set<string>;
  }
}

declare namespace Astro {
  interface ClientDirectives {
    /** Hydrates the island at the learner's first interaction (src/integrations/hydrateOnInteraction.ts). */
    'client:interaction'?: boolean;
  }
}
