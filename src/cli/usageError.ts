/**
 * A mistake in how the command was called or in the files it was given (an unknown option, a missing or
 * unreadable path, a master no row of which can be used). main.ts prints the message and exits with 2;
 * nothing has been written.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
