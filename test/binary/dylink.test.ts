/**
 * The dylink.0 section and its text form `(@dylink.0 ...)`: the text encodes
 * as wasm-tools encodes it, a section prints as the annotation (in
 * wasm-tools' words) only when it sits before everything and its text
 * encodes to exactly its bytes, and the corpus side module built with
 * `wasm-ld --experimental-pic -shared` goes through `print | parse` byte for
 * byte, printed as wasm-tools prints it.
 */
import { describe, expect, it } from "@jest/globals";
import { parse as jcoParse, print as jcoPrint } from "@bytecodealliance/jco";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeDylink, encodeDylink, type DylinkEntry } from "../../src/types/dylink.js";
import { parseWat } from "../../src/syntax/parse.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { projectRoot } from "../helpers/real-binaries.js";

const str = (s: string): number[] => [s.length, ...[...s].map((c) => c.charCodeAt(0))];
const sub = (type: number, body: number[]): number[] => [type, body.length, ...body];

/** The `(@dylink.0 ...)` block of a printed module. */
const annotationOf = (text: string): string => /^ {2}\(@dylink\.0\n[\s\S]*?^ {2}\)$/m.exec(text)?.[0] ?? "(none)";

describe("the dylink.0 section", () => {
  const entries: DylinkEntry[] = [
    { kind: "mem-info", memorySize: 24, memoryAlign: 4, tableSize: 3, tableAlign: 1 },
    { kind: "needed", libraries: ["liba.so", "libb.so"] },
    { kind: "export-info", name: "foo", flags: 0x3 },
    { kind: "export-info", name: "bar", flags: 0 },
    { kind: "import-info", module: "env", name: "baz", flags: 0x401 },
  ];
  const bytes = [
    ...sub(1, [24, 4, 3, 1]),
    ...sub(2, [2, ...str("liba.so"), ...str("libb.so")]),
    ...sub(3, [2, ...str("foo"), 3, ...str("bar"), 0]),
    ...sub(4, [1, ...str("env"), ...str("baz"), 0x81, 0x08]),
  ];

  it("encodes a subsection per entry, consecutive symbols of one kind sharing one", () => {
    expect([...encodeDylink(entries)]).toEqual(bytes);
    expect(decodeDylink(Uint8Array.from(bytes))).toEqual(entries);
  });

  it.each([
    ["an unknown subsection", [...sub(9, [0])]],
    ["a padded size", [1, 0x84, 0x00, 0, 0, 0, 0]],
    ["a subsection longer than its entries", [...sub(2, [0, 0])]],
    ["symbols of one kind in two subsections", [...sub(3, [1, ...str("a"), 0]), ...sub(3, [1, ...str("b"), 0])]],
    ["a truncated section", [1, 4, 0, 0]],
  ])("is not read as entries with %s (its text would encode other bytes)", (_, raw) => {
    expect(decodeDylink(Uint8Array.from(raw))).toBeUndefined();
  });
});

describe("(@dylink.0 ...)", () => {
  const text = `(module
  (@dylink.0
    (mem-info (table 2 1))
    (needed)
    (needed "a.so" "b.so")
    (export-info "x" 0x8)
    (export-info "y" binding-weak tls)
    (import-info "a" "b" undefined 0x400)
  )
  (memory (;0;) 1)
)
`;

  it("encodes as wasm-tools does, the section before everything", async () => {
    expect(Buffer.from(wat2wasm(text, { names: false }))).toEqual(Buffer.from(await jcoParse(text)));
  });

  it("prints from the section as wasm-tools prints it", async () => {
    const bytes = wat2wasm(text);
    expect(wasm2wat(bytes, { exact: false })).toBe(text);
    expect(annotationOf(await jcoPrint(bytes))).toBe(annotationOf(text));
  });

  it("stays @custom where it is not the first section", () => {
    const bytes = wat2wasm(`(module (memory 1) (@custom "dylink.0" (after memory) "\\01\\04\\00\\00\\00\\00"))`);
    expect(wasm2wat(bytes)).toContain('(@custom "dylink.0" (after memory) "\\01\\04\\00\\00\\00\\00")');
  });

  it.each([
    ["an unknown subsection", "(module (@dylink.0 (runtime-path)))", /^1:21: @dylink\.0 annotation: unknown subsection 'runtime-path'/],
    ["a flag that is neither named nor a number", '(module (@dylink.0 (export-info "f" weak)))', /^1:37: @dylink\.0 annotation: expected a u32, found 'weak'/],
    ["inside a field", "(module (func (@dylink.0 (mem-info))))", /misplaced @dylink\.0 annotation/],
  ])("is malformed with %s, located", (_, source, message) => {
    expect(() => parseWat(source)).toThrow(message);
  });
});

describe("the corpus side module (wasm-ld --experimental-pic -shared)", () => {
  const bytes = readFileSync(join(projectRoot(), "corpus", "c", "side.wasm"));

  it("goes through print | parse byte for byte, its dylink.0 section printed as wasm-tools prints it", async () => {
    const text = wasm2wat(bytes);
    expect(annotationOf(text)).toBe(annotationOf(await jcoPrint(bytes)));
    expect(annotationOf(text)).not.toBe("(none)");
    expect(Buffer.compare(wat2wasm(text), bytes)).toBe(0);
  });
});
