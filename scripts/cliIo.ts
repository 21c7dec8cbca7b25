/**
 * Where a command-line entry point reads and writes: its working folder and its two output
 * streams. The scripts' `run…(argv, io)` functions take one, so tests run them in-process.
 */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Asks a question on a terminal; absent when there is none to ask on. */
  ask?: (question: string) => Promise<string>;
}

/** Thrown by a run function to stop with exit code 1 after writing `message` to stderr. */
export class CliFailure extends Error {}

/** Runs `body`, turning a CliFailure into its message on stderr and exit code 1. */
export async function exitCodeOf(io: CliIo, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    io.stderr(`${error.message}\n`);
    return 1;
  }
}
