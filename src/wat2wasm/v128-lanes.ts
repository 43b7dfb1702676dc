/** The lanes of a `v128.const` read from their text, as the direct readers write them (`direct-body.ts`, `direct-skeleton.ts`). */
import type { SHAPE_LANES } from "../syntax/keyword-tables.js";
import { parseF32Bits, parseF64Bits, parseIntN } from "../syntax/literals.js";

type Shape = (typeof SHAPE_LANES)[string];

/** Writes lane `lane` of a `shape` constant into `view` from its text; throws `LiteralError` when the text is not such a lane value. */
export function setLane(view: DataView, shape: Shape, lane: number, text: string): void {
  const at = lane * (16 / shape.lanes);
  if (shape.float && shape.bits === 32) view.setUint32(at, parseF32Bits(text), true);
  else if (shape.float) view.setBigUint64(at, parseF64Bits(text), true);
  else {
    const value = parseIntN(text, shape.bits);
    if (shape.bits === 64) view.setBigUint64(at, value, true);
    else if (shape.bits === 32) view.setUint32(at, Number(value), true);
    else if (shape.bits === 16) view.setUint16(at, Number(value), true);
    else view.setUint8(at, Number(value));
  }
}
