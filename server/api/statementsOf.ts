import type { LearningStatement } from '../../src/lib/progress/statements.ts';
import type { Repository } from '../storage/repository.ts';
import { agentKey } from '../xapi/agentKey.ts';

const PAGE = 200;

/** A learner's own statements (actor is the agent; voided ones left out by storage), a page at a time. */
export async function statementsOf(repository: Repository, key: string): Promise<LearningStatement[]> {
  const own: LearningStatement[] = [];
  let after: number | undefined = 0;
  do {
    const page = await repository.agentStatements(key, after, PAGE);
    // Stored statements are validated and always carry id and timestamp (the LRS sets them).
    for (const statement of page.statements)
      if (agentKey(statement.actor) === key) own.push(statement as unknown as LearningStatement);
    after = page.next;
  } while (after !== undefined);
  return own;
}
