import { createInterface } from 'node:readline/promises';
import type { CliIo } from './cliIo';

/** The real process's folder, streams and (on a terminal) questions, for the scripts' entry points. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    ...(process.stdin.isTTY
      ? {
          ask: async (question: string) => {
            const rl = createInterface({ input: process.stdin, output: process.stdout });
            const answer = await rl.question(question);
            rl.close();
            return answer;
          },
        }
      : {}),
  };
}
