/** An error the LRS answers with its own HTTP status and a message that says what to change. */
export class XapiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = 'XapiError';
    this.status = status;
  }
}

/** 400 Bad Request with a message. */
export const badRequest = (message: string) => new XapiError(400, message);
