/**
 * Real compiler output from npm packages (web-tree-sitter's Emscripten
 * binary, the core modules jco ships): each decodes, and re-encodes byte for
 * byte or differs only in encoding choices the model does not record. The
 * decode speed is printed (not asserted: it depends on the machine's load).
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import { reencodeDifferences } from "../helpers/reencode-differences.js";

const NODE_MODULES = join(process.cwd(), "node_modules");

function wasmFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...wasmFilesUnder(path));
    else if (entry.endsWith(".wasm")) out.push(path);
  }
  return out;
}

function realBinaries(): string[] {
  const jcoDirs = readdirSync(join(NODE_MODULES, "@bytecodealliance"))
    .filter((d) => d.startsWith("jco"))
    .map((d) => join(NODE_MODULES, "@bytecodealliance", d));
  return [join(NODE_MODULES, "web-tree-sitter", "web-tree-sitter.wasm"), ...jcoDirs.flatMap(wasmFilesUnder)];
}

const report: string[] = [];

describe("real binaries decode and re-encode", () => {
  for (const path of realBinaries()) {
    const label = path.slice(NODE_MODULES.length + 1);
    it(label, () => {
      const bytes = new Uint8Array(readFileSync(path));
      let start = performance.now();
      let module = decode(bytes);
      const cold = performance.now() - start;
      // Warm: the best of a few more runs, once V8 has optimised the decoder (up to 10 runs or 3 s).
      let best = Infinity;
      const deadline = performance.now() + 3000;
      for (let run = 0; run < 10 && performance.now() < deadline; run++) {
        start = performance.now();
        module = decode(bytes);
        best = Math.min(best, performance.now() - start);
      }
      const again = encode(module);
      const exact = Buffer.compare(again, bytes) === 0;
      const differences = exact ? [] : reencodeDifferences(bytes, again);
      expect(differences).not.toContain("other");
      const mbs = bytes.length / 1e6 / (best / 1000);
      report.push(
        `${label}: ${(bytes.length / 1e6).toFixed(2)} MB, decode cold ${cold.toFixed(0)} ms, warm ${best.toFixed(1)} ms (${mbs.toFixed(1)} MB/s), ` +
          (exact ? "re-encodes byte for byte" : `re-encodes differently: ${differences.join(", ")}`),
      );
    });
  }
});

afterAll(() => console.log(report.join("\n")));
