/**
 * The error the public API throws for an argument it cannot take: bytes that
 * are not a `BufferSource`, an option that does not exist or has a value it
 * does not accept. A `TypeError`, since the caller passed the wrong kind of
 * value, with the function and argument it is about.
 */
export class ArgumentError extends TypeError {
  constructor(
    /** The public function called (`format`, `validate`, ...). */
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

/** A short description of a value for messages: its type, or the value itself when short. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return value.length <= 20 ? JSON.stringify(value) : "a string";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value !== "object") return typeof value;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "Object" ? `a ${name}` : "an object";
}
