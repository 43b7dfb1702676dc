/** What a link can fail on, always naming the input file it is about. */
import { WatkitError } from "../errors.js";

/**
 * A link that cannot be made from its inputs: a duplicate or undefined
 * symbol, an input that is neither an object file nor an archive, a bad
 * archive member. `file` is the input (for an archive member,
 * `lib.a(member.o)`); `offset`, when known, is a byte offset in it.
 */
export class LinkError extends WatkitError {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly offset?: number,
  ) {
    super(`${file}${offset === undefined ? "" : `:0x${offset.toString(16)}`}: ${problem}`);
    this.name = "LinkError";
  }
}
