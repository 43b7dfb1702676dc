/**
 * The producers section and its text form `(@producers ...)`: the pairs
 * encode in wasm-tools' field order, a section reads back as pairs only when
 * its text encodes to exactly its bytes, `print | parse` keeps the corpus
 * binaries' producers sections byte for byte, and wasm-tools (jco) reads
 * the text as the same module with the custom sections in the same places.
 */
import { describe, expect, it } from "@jest/globals";
import { parse as jcoParse } from "@bytecodealliance/jco";
import { readFileSync } from "node:fs";
import { decodeProducers, encodeProducers, type Producer } from "../../src/types/producers.js";
import { parseWat } from "../../src/syntax/parse.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { corpusBinaries } from "../helpers/real-binaries.js";
import { sections } from "../helpers/wasm-sections.js";

const latin1 = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const str = (s: string): number[] => [s.length, ...latin1(s)];

describe("the producers section", () => {
  const pairs: Producer[] = [
    { field: "processed-by", name: "clang", version: "19" },
    { field: "language", name: "C11", version: "" },
    { field: "sdk", name: "wasi-sdk", version: "25" },
    { field: "language", name: "Rust", version: "1.80" },
  ];

  it("encodes languages, then SDKs, then tools, each field once with its pairs in order", () => {
    const bytes = [
      3,
      ...str("language"), 2, ...str("C11"), ...str(""), ...str("Rust"), ...str("1.80"),
      ...str("sdk"), 1, ...str("wasi-sdk"), ...str("25"),
      ...str("processed-by"), 1, ...str("clang"), ...str("19"),
    ];
    expect([...encodeProducers(pairs)]).toEqual(bytes);
    expect(decodeProducers(Uint8Array.from(bytes))).toEqual([pairs[1], pairs[3], pairs[2], pairs[0]]);
  });

  it.each([
    ["an unknown field", [1, ...str("author"), 1, ...str("me"), ...str("1")]],
    ["fields out of wasm-tools' order", [2, ...str("sdk"), 1, ...str("a"), ...str("1"), ...str("language"), 1, ...str("b"), ...str("2")]],
    ["a field twice", [2, ...str("sdk"), 1, ...str("a"), ...str("1"), ...str("sdk"), 1, ...str("b"), ...str("2")]],
    ["a field without pairs", [1, ...str("sdk"), 0]],
    ["a padded count", [0x81, 0x00, ...str("sdk"), 1, ...str("a"), ...str("1")]],
    ["invalid UTF-8", [1, ...str("sdk"), 1, 1, 0xff, ...str("1")]],
    ["a truncated section", [1, ...str("sdk"), 1, ...str("a")]],
  ])("is not read as pairs with %s (its text would encode other bytes)", (_, bytes) => {
    expect(decodeProducers(Uint8Array.from(bytes))).toBeUndefined();
  });
});

describe("(@producers ...)", () => {
  const text = `(module
  (func)
  (@producers
    (sdk "wasi-sdk" "25")
    (language "C11" "")
    (processed-by "clang" "19.1.5-wasi-sdk (https://github.com/llvm/llvm-project ab4b5a2db582958af1ee308a790cfdb42bd24720)")
  )
)`;

  it("encodes as wasm-tools does, the section after everything", async () => {
    expect(Buffer.from(wat2wasm(text))).toEqual(Buffer.from(await jcoParse(text)));
  });

  it("prints from the section in wasm-tools' layout and order", () => {
    expect(wasm2wat(wat2wasm(text))).toBe(`(module
  (type (;0;) (func))
  (func (;0;) (type 0))
  (@producers
    (language "C11" "")
    (sdk "wasi-sdk" "25")
    (processed-by "clang" "19.1.5-wasi-sdk (https://github.com/llvm/llvm-project ab4b5a2db582958af1ee308a790cfdb42bd24720)")
  )
)
`);
  });

  it("stays @custom where it could not go after everything without moving", () => {
    const before = '(module (@custom "producers" (before code) "\\01\\03sdk\\01\\01a\\01b") (func))';
    expect(wasm2wat(wat2wasm(before))).toContain('(@custom "producers" (after func) "\\01\\03sdk\\01\\01a\\01b")');
  });

  it.each([
    ["inside a field", '(module (func (@producers (sdk "a" "1"))))', /misplaced @producers annotation/],
    ["with an unknown field", '(module (@producers (author "me" "1")))', /expected \(language\|sdk\|processed-by "name" "version"\)/],
    ["without a version", '(module (@producers (sdk "a")))', /\(sdk \.\.\.\) takes a name and a version string/],
  ])("is a located syntax error %s", (_, source, message) => {
    expect(() => parseWat(source)).toThrow(message);
  });
});

describe("producers sections of the corpus binaries, one binary per tool chain", () => {
  const producers = new Set<string>();
  const withProducers = corpusBinaries().filter(
    (b) => sections(readFileSync(b.path)).some((s) => s.name === "producers") && !producers.has(b.producer) && producers.add(b.producer),
  );
  const layout = (bytes: Uint8Array): string[] => sections(bytes).map((s) => s.name ?? String(s.id));

  it("are there to test", () => {
    expect(withProducers.length).toBeGreaterThan(0);
  });

  for (const binary of withProducers) {
    it(`${binary.name}: print | parse gives the bytes back, and wasm-tools reads the print with the custom sections in place`, async () => {
      const bytes = readFileSync(binary.path);
      const text = wasm2wat(bytes);
      expect(text).toMatch(/\(@producers\n/);
      expect(Buffer.compare(wat2wasm(text), bytes)).toBe(0);
      // wasm-tools writes the name section it makes from $ids last of all, wherever the binary had it.
      const withoutName = (names: string[]): string[] => names.filter((n) => n !== "name");
      expect(withoutName(layout(await jcoParse(text)))).toEqual(withoutName(layout(bytes)));
    });
  }
});
