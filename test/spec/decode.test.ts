/**
 * decode on the spec testsuite:
 * - decode inverts encode: every text module the suite means to be
 *   well-formed (valid ones and those of `assert_invalid`) encodes, decodes
 *   and encodes again to the same bytes, name section included;
 * - every `(module binary ...)` outside `assert_malformed` decodes (an
 *   `assert_invalid` module is well-formed), every `assert_malformed` one is
 *   rejected with a `WasmDecodeError` located inside the input;
 * - for the binary modules that decode, how many re-encode byte for byte,
 *   and why the others do not (printed, not asserted: the model does not
 *   record every encoding choice a binary can make).
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { decode } from "../../src/binary/decode.js";
import { WasmDecodeError } from "../../src/binary/decode-error.js";
import { encode } from "../../src/binary/encode.js";
import type { Command, EncodedModuleNode, ScriptModule } from "../../src/syntax/ast.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { type Difference, reencodeDifferences } from "../helpers/reencode-differences.js";
import { commandModule, readSpecFile, specFileNames, textOf } from "../helpers/spec-suite.js";
import { recordSpecCounts } from "../helpers/spec-summary.js";
import { firstDifference } from "../helpers/wasm-sections.js";

const totals = {
  textModules: 0,
  textIdentical: 0,
  textUnencodable: 0,
  binaryDecoded: 0,
  binaryExact: 0,
  malformedRejected: 0,
  failed: 0,
};
const differences = new Map<Difference, number>();

/** Text modules meant to be well-formed: valid ones, and those asserted invalid (wat2wasm may refuse some of these). */
function wellFormedTextModules(commands: Command[]): { module: ScriptModule; invalid: boolean }[] {
  const out: { module: ScriptModule; invalid: boolean }[] = [];
  for (const c of commands) {
    if (c.kind === "module" || c.kind === "assert_unlinkable" || c.kind === "assert_uninstantiable" || (c.kind === "assert_trap" && c.module)) {
      out.push({ module: c.module!, invalid: false });
    } else if (c.kind === "assert_invalid") {
      out.push({ module: c.module, invalid: true });
    }
  }
  return out.filter(({ module }) => module.kind !== "binary");
}

function bytesOf(module: EncodedModuleNode): Uint8Array {
  return new Uint8Array(Buffer.concat(module.strings.map((s) => s.bytes)));
}

describe("decode inverts encode on every well-formed text module", () => {
  for (const name of specFileNames()) {
    it(name, () => {
      const { source, script } = readSpecFile(name);
      const failures: string[] = [];
      for (const { module, invalid } of wellFormedTextModules(script.commands)) {
        const text = textOf(source, module);
        const line = source.slice(0, module.start).split("\n").length;
        let bytes: Uint8Array;
        try {
          bytes = wat2wasm(text);
        } catch (error) {
          // The text tests own the question of which texts encode; an invalid one may fail in resolve.
          if (invalid) totals.textUnencodable++;
          else failures.push(`line ${line}: wat2wasm failed: ${(error as Error).message}`);
          continue;
        }
        totals.textModules++;
        try {
          const again = encode(decode(bytes));
          if (Buffer.compare(again, bytes) === 0) totals.textIdentical++;
          else failures.push(`line ${line}: ${firstDifference(again, bytes)}`);
        } catch (error) {
          failures.push(`line ${line}: ${(error as Error).message}`);
        }
      }
      totals.failed += failures.length;
      expect(failures).toEqual([]);
    });
  }
});

describe("binary modules: well-formed ones decode, malformed ones are rejected with an offset", () => {
  for (const name of specFileNames()) {
    it(name, () => {
      const { source, script } = readSpecFile(name);
      const failures: string[] = [];
      for (const command of script.commands) {
        const module = commandModule(command);
        if (module === undefined || module.kind !== "binary") continue;
        const line = source.slice(0, command.start).split("\n").length;
        const bytes = bytesOf(module);
        if (command.kind === "assert_malformed") {
          try {
            decode(bytes);
            failures.push(`line ${line}: decoded, expected "${command.message}"`);
          } catch (error) {
            if (error instanceof WasmDecodeError && error.offset >= 0 && error.offset <= bytes.length) totals.malformedRejected++;
            else failures.push(`line ${line}: not a located WasmDecodeError: ${String(error)}`);
          }
          continue;
        }
        let again: Uint8Array;
        try {
          again = encode(decode(bytes));
        } catch (error) {
          failures.push(`line ${line}: ${(error as Error).message}`);
          continue;
        }
        totals.binaryDecoded++;
        if (Buffer.compare(again, bytes) === 0) {
          totals.binaryExact++;
          continue;
        }
        for (const d of reencodeDifferences(bytes, again)) differences.set(d, (differences.get(d) ?? 0) + 1);
      }
      totals.failed += failures.length;
      expect(failures).toEqual([]);
    });
  }
});

afterAll(() => {
  recordSpecCounts("decode", {
    passed: totals.textIdentical + totals.binaryDecoded + totals.malformedRejected,
    failed: totals.failed,
    skipped: totals.textUnencodable,
  });
  const why = [...differences].sort((a, b) => b[1] - a[1]).map(([d, n]) => `${d} ${n}`);
  console.log(
    `decode: ${totals.textIdentical}/${totals.textModules} text modules re-encode byte for byte after decode ` +
      `(${totals.textUnencodable} assert_invalid texts do not encode); ` +
      `${totals.binaryDecoded} binary modules decode, ${totals.binaryExact} of them re-encode byte for byte ` +
      `(the others: ${why.join(", ") || "none"}); ${totals.malformedRejected} assert_malformed binaries rejected`,
  );
});
