/** Trap reasons: the reference interpreter's names against V8's messages. */
import { describe, expect, it } from "@jest/globals";
import { isTrap } from "../../src/wast/traps.js";

describe("isTrap", () => {
  it.each([
    ["integer divide by zero", "divide by zero"],
    ["integer divide by zero", "remainder by zero"],
    ["integer overflow", "divide result unrepresentable"],
    ["invalid conversion to integer", "float unrepresentable in integer range"],
    ["out of bounds memory access", "memory access out of bounds"],
    ["out of bounds memory access", "WebAssembly.Instance(): data segment 0 is out of bounds (offset 1, length 0, memory size 0)"],
    ["uninitialized element 2", "null function or function signature mismatch"],
    ["undefined element", "table index is out of bounds"],
    ["cast failure", "illegal cast"],
    ["null structure reference", "dereferencing a null pointer"],
  ])("%s is what V8 calls %s", (spec, engine) => {
    expect(isTrap(spec, engine)).toBe(true);
  });

  it("tells one trap from another", () => {
    expect(isTrap("integer divide by zero", "unreachable")).toBe(false);
    expect(isTrap("out of bounds memory access", "table index is out of bounds")).toBe(false);
  });

  it("says when it does not know a trap's name", () => {
    expect(isTrap("a trap no one has heard of", "unreachable")).toBeUndefined();
  });
});
