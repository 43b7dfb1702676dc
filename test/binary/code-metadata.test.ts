/**
 * Code metadata (`(@metadata.code.KIND "payload")` <-> the custom section
 * `metadata.code.KIND`), shown on files: each `test/cases/code-metadata/NAME.wat`
 * encodes to the sections listed in `NAME.sections` and prints back (flat)
 * as `NAME.print`; both prints encode to the same bytes, and formatting
 * keeps every item where it was. wasm-tools (jco)
 * is the oracle for the bytes: it drops code metadata of kinds it does not
 * know when it reads text (so its encoding is ours without those
 * sections) and keeps their sections as `@custom` when it prints a binary
 * (so its print of ours reads back to our bytes). `BLESS=1` writes the
 * expected files.
 */
import { describe, expect, it } from "@jest/globals";
import { parse as jcoParse, print as jcoPrint } from "@bytecodealliance/jco";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readMetadataSection, metadataKindOf, writeMetadataSection } from "../../src/binary/code-metadata-sections.js";
import { decode } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import { format } from "../../src/print/format/format.js";
import { bytesText } from "../../src/print/literals.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { expectFile } from "../helpers/cases.js";
import { sections, withoutCustomSections, withoutNames } from "../helpers/wasm-sections.js";
import { syntaxError } from "../helpers/syntax-error.js";

const CASES = join(process.cwd(), "test/cases/code-metadata");
const NAMES = readdirSync(CASES).filter((name) => name.endsWith(".wat")).sort();

/** Each section on a line; a code metadata section's items by function and offset. */
function listing(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (const s of sections(bytes)) {
    const kind = s.name === undefined ? undefined : metadataKindOf(s.name);
    lines.push(s.name === undefined ? `section ${s.id}` : `custom "${s.name}"`);
    if (kind === undefined) continue;
    const payload = bytes.subarray(s.start, s.end);
    const items = readMetadataSection(kind, payload.subarray(payload.length - payloadLength(bytes, s.start, s.name!)));
    for (const [func, byOffset] of items ?? []) for (const [offset, data] of byOffset) lines.push(`  func ${func} offset ${offset} ${bytesText(data)}`);
  }
  return lines.join("\n") + "\n";
}

/** The length of a custom section's payload after its name. */
function payloadLength(bytes: Uint8Array, start: number, name: string): number {
  let at = start + 1;
  let size = 0;
  for (let shift = 0; ; shift += 7) {
    const b = bytes[at++];
    size += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) break;
  }
  const nameBytes = Buffer.byteLength(name);
  return size - nameBytes - (nameBytes < 128 ? 1 : 2);
}

/** The code metadata sections of kinds wasm-tools does not read from text. */
function unknownToWasmTools(bytes: Uint8Array): Set<string> {
  return new Set(sections(bytes).flatMap((s) => (s.name?.startsWith("metadata.code.") && s.name !== "metadata.code.branch_hint" ? [s.name] : [])));
}

describe("code metadata: cases as files (text -> bytes -> text)", () => {
  it("has cases", () => expect(NAMES.length).toBeGreaterThan(0));
  for (const name of NAMES) {
    const base = join(CASES, name.replace(/\.wat$/, ""));
    const text = readFileSync(join(CASES, name), "utf8");

    it(`${name}: its sections and its print`, () => {
      const bytes = wat2wasm(text);
      expectFile(`${base}.sections`, listing(bytes));
      const printed = wasm2wat(bytes);
      expectFile(`${base}.print`, printed);
      expect(Buffer.compare(wat2wasm(printed), bytes)).toBe(0);
      expect(Buffer.compare(wat2wasm(wasm2wat(bytes, { folded: true })), bytes)).toBe(0);
      expect(Buffer.compare(encode(decode(bytes)), bytes)).toBe(0);
    });

    it(`${name}: formatting keeps every item on its instruction in each instruction style`, () => {
      for (const instructionStyle of ["preserve", "flat", "folded"] as const) {
        const formatted = format(text, { instructionStyle });
        expect(Buffer.compare(wat2wasm(formatted), wat2wasm(text))).toBe(0);
        expect(format(formatted, { instructionStyle })).toBe(formatted);
      }
    });

    it(`${name}: wasm-tools encodes the text as watkit does, less the kinds it does not know`, async () => {
      const bytes = wat2wasm(text);
      const theirs = withoutNames(await jcoParse(text));
      expect(Buffer.compare(theirs, withoutNames(withoutCustomSections(bytes, unknownToWasmTools(bytes))))).toBe(0);
    });

    it(`${name}: wasm-tools prints watkit's sections and reads its print back to the same bytes`, async () => {
      const bytes = withoutNames(wat2wasm(text));
      const printed = await jcoPrint(bytes);
      for (const section of unknownToWasmTools(bytes)) expect(printed).toContain(`(@custom "${section}"`);
      expect(Buffer.compare(withoutNames(await jcoParse(printed)), bytes)).toBe(0);
    });
  }
});

describe("code metadata in the wrong place is a located syntax error", () => {
  it.each([
    ["two items of one kind on one instruction", '(module (func (@metadata.code.k "\\01") (@metadata.code.k "\\02") nop))', "1:40: @metadata.code.k annotation: duplicate annotation"],
    ["outside a function", '(module (@metadata.code.k "\\01") (func nop))', "1:9: @metadata.code.k annotation: not in a function"],
    ["in the header of an imported function, which has no code", '(module (func $f (@metadata.code.k "\\01") (import "m" "f") (param i32)))', "1:18: @metadata.code.k annotation: an imported function has no code"],
    ["two items of one kind on one function", '(module (func (@metadata.code.k "\\01") $f (@metadata.code.k "\\02") (param i32) nop))', "1:43: @metadata.code.k annotation: duplicate annotation"],
    ["after the last instruction", '(module (func nop (@metadata.code.k "\\01")))', "1:19: @metadata.code.k annotation: no instruction follows"],
    ["a payload that is not strings", "(module (func (@metadata.code.k 1) nop))", "1:33: @metadata.code.k annotation: expected strings"],
    ["no kind", '(module (func (@metadata.code. "x") nop))', "1:15: @metadata.code. annotation: no kind after 'metadata.code.'"],
    ["a branch hint of two bytes", '(module (func (@metadata.code.branch_hint "\\00\\01") (br_if 0 (i32.const 1))))', "1:43: @metadata.code.branch_hint annotation: malformed hint"],
    ["a trace mark that is not one u32", '(module (func (@metadata.code.trace_inst "\\80") nop))', "1:42: @metadata.code.trace_inst annotation: malformed mark id"],
  ])("%s", (_, text, message) => {
    expect(syntaxError(text).message).toBe(message);
  });

  it("a known kind on an instruction it cannot describe is invalid where the instruction is", () => {
    expect(() => wat2wasm('(module (func (@metadata.code.branch_hint "\\01") nop))')).toThrow("invalid branch hint: only br_if and if take one, not nop");
  });

  it("a known kind that describes instructions only is invalid on a whole function, where the function is", () => {
    expect(() => wat2wasm('(module (func (@metadata.code.branch_hint "\\01") (param i32) nop))')).toThrow("1:9: invalid branch hint: only br_if and if take one, not func");
  });
});

describe("code metadata sections in binaries", () => {
  const base = wat2wasm('(module (func (param i32) (@metadata.code.a "\\01") (local.get 0) (@metadata.code.b "\\02") (drop)))', { names: false });
  const metadata = sections(base).filter((s) => s.name?.startsWith("metadata.code."));
  const [a, b] = metadata.map((s) => base.subarray(s.start, s.end));
  const rest = (bytes: Uint8Array) => withoutCustomSections(bytes, new Set(["metadata.code.a", "metadata.code.b"]));
  /** `base` with its two metadata sections replaced by `middle` right before the code. */
  const arranged = (...middle: Uint8Array[]): Uint8Array => {
    const others = sections(rest(base));
    const code = others.find((s) => s.id === 10)!;
    const plain = rest(base);
    return Buffer.concat([plain.subarray(0, code.start), ...middle, plain.subarray(code.start)]);
  };

  it("are written one after the other before the code, kinds in order", () => {
    expect(metadata.map((s) => s.name)).toEqual(["metadata.code.a", "metadata.code.b"]);
    expect(decode(base).customs).toEqual([]);
  });

  it.each([
    ["kinds out of order", () => arranged(b, a)],
    ["a section of another name between them", () => arranged(a, Buffer.from([0, 2, 1, 0x78]), b)],
    ["an offset where no instruction starts", () => arranged(a, Buffer.from(b).fill(2, b.length - 3, b.length - 2))],
  ])("keep their bytes and place as raw custom sections when they are not in the encoder's form: %s", (_, make) => {
    const bytes = make();
    expect(Buffer.compare(encode(decode(bytes)), bytes)).toBe(0);
    expect(Buffer.compare(wat2wasm(wasm2wat(bytes), { names: false }), bytes)).toBe(0);
  });

  it("keep an item at offset 0 as a raw custom section when its kind cannot describe a whole function", () => {
    const bytes = arranged(writeMetadataSection("branch_hint", [{ func: 0, offset: 0, data: new Uint8Array([1]) }]));
    expect(decode(bytes).customs.map((c) => c.name)).toEqual(["metadata.code.branch_hint"]);
    expect(decode(bytes).funcs[0].metadata).toBeUndefined();
    expect(Buffer.compare(encode(decode(bytes)), bytes)).toBe(0);
    expect(Buffer.compare(wat2wasm(wasm2wat(bytes), { names: false }), bytes)).toBe(0);
  });
});
