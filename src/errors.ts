/**
 * The one base class of every error a caller can cause: malformed or
 * unresolvable text, a malformed binary, a Module encode cannot write, a bad
 * argument or option, a rewrite that fails or breaks validity, a lint
 * configuration it cannot use. A caller tells bad input from a bug in
 * watkit with `error instanceof WatkitError`; the subclasses, each in the
 * layer that throws it, add where the problem is (line and column, a byte
 * offset, a pass, a file).
 *
 * Anything else thrown out of the public functions is a broken internal
 * invariant, not something input can reach.
 */
export class WatkitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WatkitError";
  }
}

/**
 * An argument a function cannot take: bytes that are not a `BufferSource`,
 * an option that does not exist or has a value it does not accept, a name
 * already taken; with the function and argument it is about.
 */
export class ArgumentError extends WatkitError {
  constructor(
    /** The function called (`format`, `validate`, `addExport`, ...). */
    readonly fn: string,
    /** The argument or option at fault (`bytes`, `options.tabWidth`, ...). */
    readonly argument: string,
    /** What is wrong, as a phrase that follows the argument's name. */
    readonly problem: string,
  ) {
    super(`${fn}: ${argument} ${problem}`);
    this.name = "ArgumentError";
  }
}
