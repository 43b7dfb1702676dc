/**
 * wasm-tools (through jco) reads watkit's print of every corpus binary as
 * the same module: its encoding of the text is watkit's canonical encoding
 * of the binary, and every custom section sits where the binary had it.
 * Two sections are left out of the comparison, each for a stated reason:
 * the name section, which wasm-tools rebuilds from the `$ids` and writes
 * last; and the data count section, which wasm-tools writes only when code
 * uses `memory.init` or `data.drop` (AssemblyScript writes one always), a
 * known section rather than a custom one. Object files are printed with
 * `rawCustom`: wasm-tools knows no `(@linking ...)` or `(@reloc ...)`
 * annotations, and that option is how their sections reach such tools.
 */
import { describe, expect, it } from "@jest/globals";
import { parse as jcoParse } from "@bytecodealliance/jco";
import { readFileSync } from "node:fs";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { corpusBinaries } from "../helpers/real-binaries.js";
import { firstDifference, sections, withoutNames } from "../helpers/wasm-sections.js";

const DATA_COUNT = 12;

/** Section ids and custom section names, in order, without the two left out. */
function layout(bytes: Uint8Array): string[] {
  return sections(bytes)
    .filter((s) => s.name !== "name" && s.id !== DATA_COUNT)
    .map((s) => s.name ?? String(s.id));
}

describe("wasm-tools reads watkit's print of every corpus binary", () => {
  const binaries = corpusBinaries();

  it("has binaries to read", () => {
    expect(binaries.length).toBeGreaterThan(0);
  });

  for (const binary of binaries) {
    // A Go binary's text is about 30 MB, which jco takes 15-25 s to read on a shared machine.
    it(`${binary.name}: the same module, custom sections in place`, async () => {
      const bytes = readFileSync(binary.path);
      const rawCustom = binary.path.endsWith(".o");
      const theirs = await jcoParse(wasm2wat(bytes, { rawCustom }));
      expect(layout(theirs)).toEqual(layout(bytes));
      const ours = withoutNames(wat2wasm(wasm2wat(bytes, { exact: false, rawCustom })));
      const read = withoutNames(theirs);
      expect(Buffer.compare(read, ours) === 0 ? "same" : firstDifference(read, ours)).toBe("same");
    }, 120_000);
  }
});
