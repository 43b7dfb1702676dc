/**
 * Objects that break Linking.md's rules are malformed input: decoding says
 * which rule and where (an `ObjectFileError`, a `WasmDecodeError`), never
 * crashes; with `linking: false` they still decode, their sections raw.
 */
import { decode } from "../../src/index.js";
import { ObjectFileError } from "../../src/object/object-error.js";
import { relocs, member, unpadOneCall } from "./corrupt.js";

function objectError(bytes: Uint8Array): ObjectFileError {
  try {
    decode(bytes);
  } catch (error) {
    if (error instanceof ObjectFileError) return error;
    throw error;
  }
  throw new Error("decoded without an error");
}

describe("a corrupted object file", () => {
  const original = member("write.o");
  const call = relocs(original).entries.find((e) => e.type === 0)!;

  it("with an unpadded relocated LEB breaks reloc-padding, at the LEB", () => {
    const bytes = original.slice();
    const at = unpadOneCall(bytes);
    const error = objectError(bytes);
    expect(error.rule).toBe("reloc-padding");
    expect(error.offset).toBe(at);
    expect(error.message).toMatch(/R_WASM_FUNCTION_INDEX_LEB on call: the LEB128 takes 1 byte, not 5/);
    expect(decode(bytes, { linking: false }).customs.map((c) => c.name)).toContain("reloc.CODE");
  });

  it("with a relocation on the wrong kind of immediate breaks reloc-site", () => {
    const bytes = original.slice();
    // FUNCTION_INDEX_LEB becomes TYPE_INDEX_LEB (same shape, no addend): a type relocation on a call's function index.
    bytes[call.offsetAt - 1] = 6;
    const error = objectError(bytes);
    expect(error.rule).toBe("reloc-site");
    expect(error.message).toMatch(/R_WASM_TYPE_INDEX_LEB on the func immediate of call/);
  });

  it("with a relocation offset past its section breaks reloc-range", () => {
    const bigger = member("vfprintf.o");
    const bytes = bigger.slice();
    const last = relocs(bigger).entries.at(-1)!;
    // The largest offset of the same LEB width, so nothing after it moves.
    let at = last.offsetAt;
    while (bytes[at] & 0x80) bytes[at++] = 0xff;
    bytes[at] = 0x7f;
    const error = objectError(bytes);
    expect(error.rule).toBe("reloc-range");
    expect(error.offset).toBe(last.offsetAt - 1);
  });
});
