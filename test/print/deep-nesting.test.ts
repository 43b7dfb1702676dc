/**
 * Deeply nested code: the decoder reads a function of 100 000 nested blocks,
 * and raise and print must turn it into text (they keep explicit stacks, not
 * recursion). What the parser's stack allows (about 1800 levels, see
 * `syntax/parse.ts`) must also read back to the same bytes.
 */
import { describe, expect, it } from "@jest/globals";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";

function leb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function section(id: number, payload: number[]): number[] {
  return [id, ...leb(payload.length), ...payload];
}

/** A module whose one function is `depth` nested `block`s around a `nop`. */
function nestedBlocks(depth: number): Uint8Array {
  const code = [0];
  for (let i = 0; i < depth; i++) code.push(0x02, 0x40);
  code.push(0x01);
  for (let i = 0; i <= depth; i++) code.push(0x0b);
  const body = [...leb(code.length), ...code];
  const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  return new Uint8Array([...header, ...section(1, [1, 0x60, 0, 0]), ...section(3, [1, 0]), ...section(10, [1, ...body])]);
}

describe("deeply nested blocks", () => {
  const deep = nestedBlocks(100_000);

  it.each([false, true])("prints 100 000 levels (folded: %s)", (folded) => {
    const text = wasm2wat(deep, { folded });
    expect(text.split(folded ? "(block" : "block").length - 1).toBe(100_000);
  });

  it.each([false, true])("reads 1500 levels back to the same bytes (folded: %s)", (folded) => {
    const bytes = nestedBlocks(1500);
    const back = wat2wasm(wasm2wat(bytes, { folded }), { maxDepth: 2000 });
    expect(Buffer.compare(back, bytes)).toBe(0);
  });
});
