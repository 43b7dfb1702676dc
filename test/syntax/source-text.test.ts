/**
 * Text in chunks: a `ChunkedText` reads as the string its chunks join to,
 * and parsing it gives what parsing that string gives. Small chunks stand in
 * for the 256 MiB pieces a file over 512 MiB is read in.
 */
import { describe, expect, it } from "@jest/globals";
import { encode } from "../../src/binary/encode.js";
import { decodeText } from "../../src/cli/io.js";
import { resolveModule } from "../../src/module/resolve.js";
import type { Script } from "../../src/syntax/ast.js";
import { WatError } from "../../src/syntax/errors.js";
import { parseWat } from "../../src/syntax/parse.js";
import { ChunkedText, type SourceText } from "../../src/syntax/source-text.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { readSpecFile, specFileNames } from "../helpers/spec-suite.js";

function chunked(text: string, size: number): ChunkedText {
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
  return new ChunkedText(chunks);
}

/** The bytes of every text module of a script, in order; errors as their message. */
function modulesOf(text: SourceText): string[] {
  let script: Script;
  try {
    script = parseWat(text);
  } catch (error) {
    return [error instanceof WatError ? error.message : String(error)];
  }
  return script.commands.map((command) => {
    if (command.kind !== "module" || command.module.kind !== "module") return command.kind;
    try {
      return Buffer.from(encode(resolveModule(command.module, script.source))).toString("hex");
    } catch (error) {
      return error instanceof WatError ? error.message : String(error);
    }
  });
}

describe("ChunkedText", () => {
  const text = "(module ;; a\n  (func $f (; (; ;) ;)\n    i32.const 1\n    drop))\n";

  it("reads like the joined string at every offset and across every boundary", () => {
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks = chunked(text, size);
      expect(chunks.length).toBe(text.length);
      for (let i = -1; i <= text.length; i++) {
        expect(chunks.charCodeAt(i)).toEqual(text.charCodeAt(i));
        for (const j of [i + 1, i + 5, i + 40]) expect(chunks.slice(i, j)).toBe(text.slice(i, j));
        for (const search of ["\n", "(;", ";)", "drop))", "absent"]) {
          expect(chunks.indexOf(search, i)).toBe(text.indexOf(search, i));
          expect(chunks.startsWith(search, i)).toBe(text.startsWith(search, i));
        }
      }
    }
  });

  it("has no chunks for empty text", () => {
    const empty = new ChunkedText([]);
    expect([empty.length, empty.slice(0), empty.indexOf("x"), empty.charCodeAt(0)]).toEqual([0, "", -1, NaN]);
  });
});

describe("decodeText", () => {
  it("keeps characters whole when a multi-byte character straddles two pieces", () => {
    const text = "(module (func $\"é€😀\"))";
    const bytes = new TextEncoder().encode(text);
    for (const piece of [1, 2, 3, 5]) {
      const decoded = decodeText(bytes, piece);
      expect(decoded).toBeInstanceOf(ChunkedText);
      expect(decoded.slice(0)).toBe(text);
    }
    expect(decodeText(bytes)).toBe(text);
  });

  it("rejects malformed UTF-8 in any piece", () => {
    const bytes = new Uint8Array([0x28, 0x6d, 0xff, 0x29]);
    expect(() => decodeText(bytes, 2)).toThrow(/not valid/);
  });

  it("decodes as TextDecoder does with `fatal`, whatever the pieces: a byte order mark dropped, malformed input refused", () => {
    const reference = new TextDecoder("utf-8", { fatal: true });
    const utf8 = (text: string) => [...new TextEncoder().encode(text)];
    const cases = [
      [0xef, 0xbb, 0xbf, ...utf8("(module)")],
      [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...utf8("(module)")],
      utf8("ascii only"),
      utf8(";; é€😀 ;;"),
      [...utf8("(module"), 0xe2, 0x82], // a character the input ends inside
      [...utf8(";;"), 0xc0, 0xaf], // an overlong encoding
      [...utf8(";;"), 0xed, 0xa0, 0x80], // a surrogate
      [...utf8(";;"), 0xf4, 0x90, 0x80, 0x80], // past U+10FFFF
      [...utf8(";;"), 0x80, 0x80, 0x80, 0x80, 0x41], // continuation bytes with no lead
    ];
    const outcome = (decode: () => unknown) => {
      try {
        const text = decode();
        return typeof text === "string" ? text : (text as ChunkedText).slice(0);
      } catch (error) {
        return (error as Error).constructor.name;
      }
    };
    for (const bytes of cases.map((c) => new Uint8Array(c))) {
      const expected = outcome(() => reference.decode(bytes));
      for (const piece of [1, 2, 3, 4, 7, bytes.length]) {
        expect([[...bytes], piece, outcome(() => decodeText(bytes, piece))]).toEqual([[...bytes], piece, expected]);
      }
    }
  });
});

describe("parsing chunked text", () => {
  it("gives the same modules and the same errors as the string, on every spec script", () => {
    let compared = 0;
    for (const name of specFileNames()) {
      const { source } = readSpecFile(name);
      // An odd chunk size puts boundaries inside tokens, strings, comments and annotations.
      expect([name, modulesOf(chunked(source, 4093))]).toEqual([name, modulesOf(source)]);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });

  it("locates errors by their offset in the whole text", () => {
    const text = "(module\n  (func\n    i32.const 1\n    i32.bogus))";
    let error: unknown;
    try {
      wat2wasm(chunked(text, 5));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WatError);
    expect([(error as WatError).line, (error as WatError).column]).toEqual([4, 5]);
  });
});
