/**
 * The error `encode` throws for a Module it cannot write (one built or
 * edited by hand: a branch to a block that does not enclose it, a name with
 * no UTF-8 form, an import without a name): what is wrong (`reason`) and,
 * when it is in code, the function (`func`, its index in the binary).
 */
import { WatkitError } from "../errors.js";

export class WasmEncodeError extends WatkitError {
  constructor(
    readonly reason: string,
    /** The function whose body holds the problem, when it is in code. */
    readonly func?: { index: number; name?: string },
  ) {
    super(`encode: ${func === undefined ? "" : `function ${func.index}${func.name === undefined ? "" : ` ($${func.name})`}: `}${reason}`);
    this.name = "WasmEncodeError";
  }
}
