/**
 * The error `decode` throws for a malformed binary: what is wrong (`reason`,
 * in the spec testsuite's words where it has them) and where (`offset`, a
 * byte offset into the input), so tools can point at the byte.
 */
import { WatkitError } from "../errors.js";

export class WasmDecodeError extends WatkitError {
  constructor(
    readonly reason: string,
    readonly offset: number,
    /** What was found, when the reason alone does not say it. */
    readonly detail?: string,
  ) {
    super(`malformed binary at offset 0x${offset.toString(16)}: ${reason}${detail !== undefined ? ` (${detail})` : ""}`);
    this.name = "WasmDecodeError";
  }
}
