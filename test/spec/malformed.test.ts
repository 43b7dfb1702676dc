/**
 * Every `assert_malformed` quoted module of the spec testsuite is rejected
 * with a located error, and every valid quoted module is accepted.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { WatError } from "../../src/syntax/errors.js";
import { quotedText, wat2wasm } from "../../src/wat2wasm.js";
import { commandModule, isSuperseded, readSpecFile, specFileNames } from "../helpers/spec-suite.js";
import { recordSpecCounts } from "../helpers/spec-summary.js";

const totals = { rejected: 0, accepted: 0, superseded: 0, problems: 0 };

describe("malformed quoted modules are rejected with a location", () => {
  for (const name of specFileNames()) {
    it(name, () => {
      const { source, script } = readSpecFile(name);
      const problems: string[] = [];
      for (const command of script.commands) {
        const module = commandModule(command);
        if (!module || module.kind !== "quote") continue;
        const line = source.slice(0, command.start).split("\n").length;
        let error: unknown;
        try {
          wat2wasm(quotedText(module, source));
        } catch (e) {
          error = e;
        }
        const malformed = command.kind === "assert_malformed" || command.kind === "assert_malformed_custom";
        if (malformed) {
          if (error instanceof WatError && error.line >= 1 && error.column >= 1) {
            totals.rejected++;
          } else if (isSuperseded(name, line) && error === undefined) {
            totals.superseded++;
          } else {
            problems.push(`line ${line}: ${error ? `unlocated error ${String(error)}` : `accepted, expected "${"message" in command ? command.message : ""}"`}`);
          }
        } else if (command.kind === "module") {
          if (error !== undefined) problems.push(`line ${line}: well-formed module rejected: ${String(error)}`);
          else totals.accepted++;
        }
      }
      totals.problems += problems.length;
      expect(problems).toEqual([]);
    });
  }
});

afterAll(() => {
  recordSpecCounts("malformed", {
    passed: totals.rejected + totals.accepted,
    failed: totals.problems,
    skipped: 0,
    superseded: totals.superseded,
  });
  console.log(
    `assert_malformed quoted modules: ${totals.rejected} rejected with a location` +
      (totals.superseded ? `, ${totals.superseded} superseded by the core suite` : "") +
      `; valid quoted modules accepted: ${totals.accepted}`,
  );
});
