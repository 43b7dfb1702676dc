/**
 * validate on the spec testsuite (core, custom/, legacy/, proposals/threads):
 *
 * - every `assert_invalid` module is rejected: binary ones by `validate`,
 *   text ones by `validate` on the resolved Module, or by the resolver
 *   itself with a located error when the text names something that does
 *   not exist (the text format's own rule; counted and listed apart);
 * - every valid module (`module` commands and the modules of assert_trap,
 *   assert_unlinkable, assert_uninstantiable) is accepted: as text
 *   (resolved), as binary (`module binary`), and decoded from watkit's own
 *   encoding of the text;
 * - checking bytes (each instruction as it is decoded) and checking a
 *   Module (a tree of instructions) agree: every invalid text module that
 *   encodes is rejected from its bytes, with the same function-body errors
 *   (module-level messages may differ: a constant expression naming a later
 *   global names nothing yet in a binary, and a bound global in a Module).
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { encode } from "../../src/binary/encode.js";
import type { Module } from "../../src/module/model.js";
import type { Command, EncodedModuleNode, ScriptModule } from "../../src/syntax/ast.js";
import { WatError } from "../../src/syntax/errors.js";
import { type Diagnostic, validate } from "../../src/validate/validate.js";
import { scriptProposals } from "../../src/wast/features.js";
import { wat2wasm, watToModule } from "../../src/wat2wasm.js";
import { isSuperseded, readSpecFile, specFileNames, textOf, validModules } from "../helpers/spec-suite.js";
import { recordSpecCounts } from "../helpers/spec-summary.js";

const totals = {
  invalidChecked: 0,
  invalidEncoded: 0,
  located: 0,
  atInstr: 0,
  rejectedByValidate: 0,
  rejectedByResolve: 0,
  superseded: 0,
  validChecked: 0,
  acceptedText: 0,
  acceptedBinary: 0,
  acceptedReencoded: 0,
  problems: 0,
};
const resolverRejected: string[] = [];

/** The binary of a Module, or undefined where the binary format cannot express it (a reference to nothing). */
function encodable(module: Module): Uint8Array | undefined {
  try {
    return encode(module);
  } catch {
    return undefined;
  }
}

function bodyMessages(errors: Diagnostic[]): string {
  return JSON.stringify(errors.filter((e) => e.func !== undefined).map((e) => `func ${e.func}: ${e.message}`));
}

function bytesOf(module: EncodedModuleNode): Uint8Array {
  return new Uint8Array(Buffer.concat(module.strings.map((s) => s.bytes)));
}

function invalidModules(commands: Command[]): { module: ScriptModule; message: string; start: number }[] {
  const out: { module: ScriptModule; message: string; start: number }[] = [];
  for (const c of commands) if (c.kind === "assert_invalid") out.push({ module: c.module, message: c.message, start: c.start });
  return out;
}

describe("validate on the spec testsuite", () => {
  for (const name of specFileNames()) {
    it(name, () => {
      const { source, script } = readSpecFile(name);
      const proposals = scriptProposals(name);
      const problems: string[] = [];
      const lineOf = (offset: number): number => source.slice(0, offset).split("\n").length;

      for (const { module, message, start } of invalidModules(script.commands)) {
        if (isSuperseded(name, lineOf(start))) {
          totals.superseded++;
          continue;
        }
        totals.invalidChecked++;
        const where = `line ${lineOf(start)} (expected "${message}")`;
        if (module.kind === "binary") {
          const result = validate(bytesOf(module), { proposals });
          if (result.valid) problems.push(`${where}: invalid binary module accepted`);
          else totals.rejectedByValidate++;
          continue;
        }
        const text = textOf(source, module);
        let resolved: Module;
        try {
          resolved = watToModule(text);
        } catch (error) {
          if (error instanceof WatError) {
            totals.rejectedByResolve++;
            resolverRejected.push(`${name}:${lineOf(start)}: "${message}" -> ${error.reason}`);
          } else {
            problems.push(`${where}: unlocated error ${String(error)}`);
          }
          continue;
        }
        const result = validate(resolved, { source: text, proposals });
        if (result.valid) problems.push(`${where}: invalid text module accepted`);
        else totals.rejectedByValidate++;
        for (const e of result.errors) {
          if (e.line === undefined) problems.push(`${where}: "${e.message}" has no line and column`);
          else totals.located++;
          // A function body's error points at its instruction: the mnemonic, or the folded form's parenthesis.
          // (Outside bodies an instruction may be implied by an abbreviation, `(elem func 0)`, and the error is at the field.)
          if (e.func === undefined || e.instr === undefined) continue;
          if (!text.startsWith(e.instr, e.offset) && !text.startsWith(`(${e.instr}`, e.offset)) {
            problems.push(`${where}: "${e.message}" points at ${JSON.stringify(text.slice(e.offset, (e.offset ?? 0) + 20))}, not at ${e.instr}`);
          } else totals.atInstr++;
        }
        const bytes = encodable(resolved);
        if (bytes === undefined) continue;
        totals.invalidEncoded++;
        const checkedBytes = validate(bytes, { proposals });
        if (checkedBytes.valid) problems.push(`${where}: invalid module accepted from its bytes`);
        const fromBytes = bodyMessages(checkedBytes.errors);
        const fromTree = bodyMessages(result.errors);
        if (fromBytes !== fromTree) problems.push(`${where}: bytes give ${fromBytes}, the Module ${fromTree}`);
      }

      for (const module of validModules(script.commands)) {
        if (isSuperseded(name, lineOf(module.start))) {
          totals.superseded++;
          continue;
        }
        totals.validChecked++;
        const where = `line ${lineOf(module.start)}`;
        if (module.kind === "binary") {
          const result = validate(bytesOf(module), { proposals });
          if (!result.valid) problems.push(`${where}: valid binary module rejected: ${result.errors[0].message}`);
          else totals.acceptedBinary++;
          continue;
        }
        const text = textOf(source, module);
        const fromText = validate(watToModule(text), { proposals });
        if (!fromText.valid) problems.push(`${where}: valid text module rejected: ${JSON.stringify(fromText.errors[0])}`);
        else totals.acceptedText++;
        const fromBinary = validate(wat2wasm(text), { proposals });
        if (!fromBinary.valid) problems.push(`${where}: valid module rejected after encoding: ${JSON.stringify(fromBinary.errors[0])}`);
        else totals.acceptedReencoded++;
      }

      totals.problems += problems.length;
      expect(problems).toEqual([]);
    });
  }
});

afterAll(() => {
  recordSpecCounts("validate", {
    passed: totals.rejectedByValidate + totals.rejectedByResolve + totals.acceptedText + totals.acceptedBinary + totals.acceptedReencoded,
    failed: totals.problems,
    skipped: 0,
    superseded: totals.superseded,
  });
  console.log(
    [
      `assert_invalid modules: ${totals.invalidChecked} checked, ${totals.rejectedByValidate} rejected by validate, ` +
        `${totals.rejectedByResolve} rejected by the resolver (unresolvable names, listed below); ` +
        `${totals.superseded} superseded by the core suite (threads' "multiple memories/tables", custom-descriptors' casts to types outside the source); ` +
        `${totals.invalidEncoded} of them encoded and rejected from their bytes with the same function-body errors`,
      `errors of invalid text modules: ${totals.located}, each with a line and column; ${totals.atInstr} in function bodies point at their instruction`,
      `valid modules: ${totals.validChecked} checked; accepted: ${totals.acceptedText} as text, ` +
        `${totals.acceptedBinary} as binary, ${totals.acceptedReencoded} decoded from watkit's encoding of the text`,
      `problems: ${totals.problems}`,
      `rejected by the resolver:`,
      ...resolverRejected.map((line) => `  ${line}`),
    ].join("\n"),
  );
});
