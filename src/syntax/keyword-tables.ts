/**
 * Tables of the text format's keywords that both the AST builder and the
 * direct readers of text (src/wat2wasm/direct-*.ts) look words up in. They
 * sit apart from the builder so that the direct readers, which a call to
 * `wat2wasm` takes first, load without the generated parser.
 */
import type { AbsHeapType } from "../types/value-types.js";

/** v128.const shapes: lanes, and bits per lane (a float shape's lanes are floats). */
export const SHAPE_LANES: Readonly<Record<string, { lanes: number; bits: 8 | 16 | 32 | 64; float: boolean }>> = {
  i8x16: { lanes: 16, bits: 8, float: false },
  i16x8: { lanes: 8, bits: 16, float: false },
  i32x4: { lanes: 4, bits: 32, float: false },
  i64x2: { lanes: 2, bits: 64, float: false },
  f32x4: { lanes: 4, bits: 32, float: true },
  f64x2: { lanes: 2, bits: 64, float: true },
};

/** The short forms of nullable abstract reference types (`funcref` is `(ref null func)`). */
export const SHORT_REF: Readonly<Record<string, AbsHeapType>> = {
  funcref: "func",
  externref: "extern",
  anyref: "any",
  eqref: "eq",
  i31ref: "i31",
  structref: "struct",
  arrayref: "array",
  nullref: "none",
  nullfuncref: "nofunc",
  nullexternref: "noextern",
  exnref: "exn",
  nullexnref: "noexn",
  contref: "cont",
  nullcontref: "nocont",
};
