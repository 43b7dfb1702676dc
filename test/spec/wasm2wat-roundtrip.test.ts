/**
 * wasm2wat loses nothing on the spec testsuite:
 * - every binary module the suite holds outside `assert_malformed` (valid
 *   ones and those of `assert_invalid`: both are well-formed), and every
 *   module the encoder produces from the suite's valid text modules, comes
 *   back byte for byte from `wat2wasm(wasm2wat(bytes))`, names and custom
 *   sections included, with flat and with folded output;
 * - wasm-tools reads our text as it reads its own: jco parsing
 *   `wasm2wat(bytes)` gives what jco parsing jco's print of the same bytes
 *   gives, the name section aside (wasm-tools ignores our
 *   `(@watkit.exact ...)` annotations, so both sides are canonical).
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { print as jcoPrint } from "@bytecodealliance/jco";
import { jcoBytes } from "../helpers/jco.js";
import type { Command, EncodedModuleNode, ScriptModule } from "../../src/syntax/ast.js";
import { wasm2wat } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { readSpecFile, specFileNames, textOf } from "../helpers/spec-suite.js";
import { recordSpecCounts } from "../helpers/spec-summary.js";
import { firstDifference } from "../helpers/wasm-sections.js";

const totals = { binaries: 0, encoded: 0, flat: 0, folded: 0, failed: 0, jcoCompared: 0, jcoSame: 0, jcoUnreadable: 0 };

/** Binary modules outside `assert_malformed`, and the text modules meant to be valid, with their line. */
function modulesOf(commands: Command[]): { module: ScriptModule; valid: boolean }[] {
  const out: { module: ScriptModule; valid: boolean }[] = [];
  for (const c of commands) {
    if (c.kind === "module" || c.kind === "assert_unlinkable" || c.kind === "assert_uninstantiable") out.push({ module: c.module, valid: true });
    else if (c.kind === "assert_trap" && c.module) out.push({ module: c.module, valid: true });
    else if ((c.kind === "assert_invalid" || c.kind === "assert_invalid_custom") && c.module.kind === "binary") out.push({ module: c.module, valid: false });
  }
  return out;
}

function bytesOf(module: EncodedModuleNode): Uint8Array {
  return new Uint8Array(Buffer.concat(module.strings.map((s) => s.bytes)));
}

describe("wat2wasm(wasm2wat(bytes)) is bytes, on every spec module", () => {
  for (const name of specFileNames()) {
    it(name, async () => {
      const { source, script } = readSpecFile(name);
      const failures: string[] = [];
      for (const { module, valid } of modulesOf(script.commands)) {
        const line = source.slice(0, module.start).split("\n").length;
        let bytes: Uint8Array;
        if (module.kind === "binary") {
          bytes = bytesOf(module);
          totals.binaries++;
        } else {
          const text = textOf(source, module);
          bytes = wat2wasm(text);
          totals.encoded++;
        }
        for (const folded of [false, true]) {
          try {
            const back = wat2wasm(wasm2wat(bytes, { folded }));
            if (Buffer.compare(back, bytes) === 0) totals[folded ? "folded" : "flat"]++;
            else failures.push(`line ${line} (${folded ? "folded" : "flat"}): ${firstDifference(back, bytes)}`);
          } catch (error) {
            failures.push(`line ${line} (${folded ? "folded" : "flat"}): ${(error as Error).message}`);
          }
        }
        if (!valid) continue;
        let theirs: Uint8Array | undefined;
        try {
          theirs = await jcoBytes(await jcoPrint(bytes));
        } catch {
          theirs = undefined;
        }
        const ours = await jcoBytes(wasm2wat(bytes));
        if (theirs === undefined) {
          totals.jcoUnreadable++;
        } else if (ours !== undefined && Buffer.compare(ours, theirs) === 0) {
          totals.jcoCompared++;
          totals.jcoSame++;
        } else {
          totals.jcoCompared++;
          failures.push(`line ${line}: jco reads our text ${ours === undefined ? "not at all" : `differently: ${firstDifference(ours, theirs)}`}`);
        }
      }
      totals.failed += failures.length;
      expect(failures).toEqual([]);
    });
  }
});

afterAll(() => {
  const modules = totals.binaries + totals.encoded;
  process.stdout.write(
    `wasm2wat round trip: ${modules} modules (${totals.binaries} binary, ${totals.encoded} encoded from text): ` +
      `${totals.flat} flat and ${totals.folded} folded byte for byte; jco reads ${totals.jcoSame} of ${totals.jcoCompared} ` +
      `as its own print (${totals.jcoUnreadable} it cannot print or read)\n`,
  );
  recordSpecCounts("wasm2wat", {
    passed: totals.flat + totals.folded + totals.jcoSame,
    failed: totals.failed,
    skipped: totals.jcoUnreadable,
  });
});
