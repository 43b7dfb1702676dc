/**
 * Text to binary on the calling thread writes the name section the whole
 * module's encoding writes, whether a name is spelled by an id, by a name
 * annotation alone, or not at all (the case where the name section is not
 * written).
 */
import { encode } from "../../src/binary/encode.js";
import { watToModule } from "../../src/wat2wasm.js";
import { wat2wasmSplit } from "../../src/wat2wasm/one-thread.js";

const hex = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : Buffer.from(bytes).toString("hex"));

describe("wat2wasmSplit's names", () => {
  test.each([
    ["nothing named", `(module (func (result i32) i32.const 1) (memory 1) (export "f" (func 0)))`],
    ["a function named by its id", `(module (func $f (block $b br 0)))`],
    ["a function named by an annotation alone", `(module (func (@name "f")))`],
    ["a label named by an annotation alone", `(module (func (block (@name "b"))))`],
    ["a dollar sign in a string only", `(module (func) (export "$" (func 0)))`],
  ])("are the whole module's with %s", (_what, text) => {
    const whole = hex(encode(watToModule(text), { names: true }));
    expect(hex(wat2wasmSplit(text, { names: true }))).toBe(whole);
  });

  test("leave out the name section when nothing is named", () => {
    const text = `(module (func (local i32) (block (loop br 1))))`;
    expect(hex(wat2wasmSplit(text, { names: true }))).toBe(hex(encode(watToModule(text), { names: false })));
  });
});
