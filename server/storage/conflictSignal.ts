/** Thrown inside a statement transaction to roll it back when an id is taken by a different statement. */
export class ConflictSignal extends Error {
  readonly id: string;

  constructor(id: string) {
    super(`statement ${id} already exists with different content`);
    this.id = id;
  }
}
