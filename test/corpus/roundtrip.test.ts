/**
 * Compiler output comes back byte for byte: for every binary of the corpus
 * (built by corpus/build.sh) and every large real binary shipped in an npm
 * package, `wat2wasm(wasm2wat(bytes))` is `bytes`, names, custom sections,
 * DWARF and padded LEB128 numbers included, with flat and folded output.
 *
 * Binaries whose text is too large for comfort in this process (hundreds of
 * megabytes) go through the CLI instead, as a user would run it: `watkit
 * print` streams the text to a file and `watkit parse` reads it back, each
 * relaunching itself with the heap the input needs.
 */
import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { firstDifference } from "../helpers/wasm-sections.js";
import { allBinaries, projectRoot, type RealBinary } from "../helpers/real-binaries.js";

/** Larger binaries are checked through the CLI, in a child process. */
const IN_PROCESS_LIMIT = 4_000_000;
const CLI = join(projectRoot(), "dist", "src", "cli", "main.js");

function label(b: RealBinary): string {
  return `${b.language}: ${b.name}`;
}

describe("wasm2wat then wat2wasm gives back compiler output byte for byte", () => {
  for (const binary of allBinaries().filter((b) => statSync(b.path).size <= IN_PROCESS_LIMIT)) {
    it(label(binary), () => {
      const bytes = readFileSync(binary.path);
      for (const folded of [false, true]) {
        const back = wat2wasm(wasm2wat(bytes, { folded }));
        expect([folded, Buffer.compare(back, bytes) === 0 ? "same" : firstDifference(back, bytes)]).toEqual([folded, "same"]);
      }
    });
  }
});

describe("watkit print | watkit parse gives back large binaries byte for byte", () => {
  for (const binary of allBinaries().filter((b) => statSync(b.path).size > IN_PROCESS_LIMIT)) {
    it(label(binary), () => {
      const dir = mkdtempSync(join(tmpdir(), "watkit-roundtrip-"));
      try {
        const text = join(dir, "module.wat");
        const back = join(dir, "module.wasm");
        execFileSync(process.execPath, [CLI, "print", binary.path, "-o", text], { stdio: ["ignore", "ignore", "pipe"] });
        execFileSync(process.execPath, [CLI, "parse", text, "-o", back], { stdio: ["ignore", "ignore", "pipe"] });
        const bytes = readFileSync(binary.path);
        const again = readFileSync(back);
        expect(Buffer.compare(again, bytes) === 0 ? "same" : firstDifference(again, bytes)).toBe("same");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
