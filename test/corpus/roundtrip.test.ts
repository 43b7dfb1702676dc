/**
 * Large compiler output comes back byte for byte through the CLI, as a user
 * would run it: for every npm binary larger than IN_PROCESS_LIMIT, `watkit
 * print` streams the text to a file (hundreds of megabytes for the largest)
 * and `watkit parse` reads it back, each relaunching itself with the heap
 * the input needs. Smaller binaries make the same round trip in process
 * (print-checks.ts). The text is read with every feature allowed: some of
 * these binaries use legacy exceptions, outside the default feature set
 * (the features are test/module/feature-check's subject, not this file's).
 */
import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firstDifference } from "../helpers/wasm-sections.js";
import { IN_PROCESS_LIMIT, label, realBinaries } from "../helpers/real-binaries.js";
import { CLI } from "../helpers/cli.js";

describe("watkit print | watkit parse gives back large binaries byte for byte", () => {
  for (const binary of realBinaries().filter((b) => statSync(b.path).size > IN_PROCESS_LIMIT)) {
    it(label(binary), () => {
      const dir = mkdtempSync(join(tmpdir(), "watkit-roundtrip-"));
      try {
        const text = join(dir, "module.wat");
        const back = join(dir, "module.wasm");
        execFileSync(process.execPath, [CLI, "print", binary.path, "-o", text], { stdio: ["ignore", "ignore", "pipe"] });
        execFileSync(process.execPath, [CLI, "parse", text, "--features", "all", "-o", back], { stdio: ["ignore", "ignore", "pipe"] });
        const bytes = readFileSync(binary.path);
        const again = readFileSync(back);
        expect(Buffer.compare(again, bytes) === 0 ? "same" : firstDifference(again, bytes)).toBe("same");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
