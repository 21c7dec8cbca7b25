/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the module page while its MDX renders, so author components can find the module's data. */
    module?: {
      id: string;
      checks: import('./lib/curriculum/knowledgeCheckSchema').KnowledgeCheck[];
    };
    /** Set by the facilitator view (`/modules/<id>/facilitator/`): only there do <FacilitatorNote>s render. */
    facilitatorView?: boolean;
  }
}
