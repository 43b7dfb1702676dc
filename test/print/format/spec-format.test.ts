/**
 * Formatting is safe on every `.wast` file of the spec testsuite, in each
 * instruction style:
 * - idempotent: formatting the output again changes nothing;
 * - exact: every module command (and every module of an assertion) encodes
 *   to the same bytes as the original, or fails with the same message;
 *   `module binary`/`quote` strings are unchanged;
 * - lossless: with `preserve`, the formatted text has the original's tokens
 *   in the same order (comments and annotations included, trailing spaces of
 *   line comments aside); in every style, the comments' texts in order.
 * The counts are printed.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { format, formatChecked, type InstructionStyle } from "../../../src/print/format/format.js";
import { lexWat } from "../../../src/syntax/lex.js";
import type { Command, Script, ScriptModule } from "../../../src/syntax/ast.js";
import { parseWat } from "../../../src/syntax/parse.js";
import { SourceTokens } from "../../../src/syntax/source-tokens.js";
import { wat2wasm } from "../../../src/wat2wasm.js";
import { commandModule, readSpecFile, specFileNames, textOf } from "../../helpers/spec-suite.js";
import { recordSpecCounts } from "../../helpers/spec-summary.js";

const STYLES: InstructionStyle[] = ["preserve", "flat", "folded"];

const totals = { files: 0, idempotent: 0, modules: 0, sameModules: 0, comments: 0, commentsKept: 0, tokensSame: 0, failed: 0 };
const perStyle: Record<string, { modules: number; same: number; idempotent: number }> = {};

/** The text of each token; a line comment without trailing blanks (the layout trims line ends). */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const t of lexWat(text)) {
    const spelled = text.slice(t.start, t.end);
    out.push(t.kind === "line-comment" ? spelled.trimEnd() : spelled);
  }
  return out;
}

function commentTexts(source: string, script: Script): string[] {
  return script.comments.map((c) => {
    const text = source.slice(c.start, c.end);
    return c.block ? text : text.trimEnd();
  });
}

/**
 * What a command's module encodes to: its bytes, its quoted or binary strings, or the error it raises.
 * `known` keeps the outcome of each module text (a text formatted alike in several styles is encoded once).
 */
function moduleOutcome(source: string, command: Command, known: Map<string, string>): string | undefined {
  const module = commandModule(command);
  if (module === undefined) return undefined;
  if (module.kind === "binary") return `binary ${Buffer.concat(module.strings.map((s) => s.bytes)).toString("hex")}`;
  const key = `${module.kind} ${source.slice(module.start, module.end)}`;
  let outcome = known.get(key);
  if (outcome === undefined) known.set(key, (outcome = encodedOutcome(source, module)));
  return outcome;
}

function encodedOutcome(source: string, module: ScriptModule): string {
  try {
    const text = textOf(source, module);
    return `${module.kind} ${Buffer.from(wat2wasm(text)).toString("hex")}`;
  } catch (error) {
    return `error ${(error as Error).message.split("\n")[0].replace(/^\d+:\d+: /, "")}`;
  }
}

describe("format on the spec testsuite", () => {
  for (const name of specFileNames()) {
    it(name, () => {
      const { source, script, tokens: recorded } = readSpecFile(name);
      totals.files++;
      const failures: string[] = [];
      const known = new Map<string, string>();
      const outcomes = script.commands.map((c) => moduleOutcome(source, c, known));
      const comments = commentTexts(source, script);
      for (const style of STYLES) {
        const counts = (perStyle[style] ??= { modules: 0, same: 0, idempotent: 0 });
        // The parse of each text serves both its format and the checks (format is formatChecked after parseWat).
        const formatted = formatChecked(source, { instructionStyle: style }, script, recorded);
        const againTokens = new SourceTokens();
        const again = parseWat(formatted, { tokens: againTokens });
        if (formatChecked(formatted, { instructionStyle: style }, again, againTokens) === formatted) counts.idempotent++;
        else failures.push(`${style}: not idempotent`);
        if (again.commands.length !== script.commands.length) {
          failures.push(`${style}: ${again.commands.length} commands instead of ${script.commands.length}`);
          continue;
        }
        again.commands.forEach((command, k) => {
          if (outcomes[k] === undefined) return;
          counts.modules++;
          const outcome = moduleOutcome(formatted, command, known);
          if (outcome === outcomes[k]) counts.same++;
          else failures.push(`${style}: module at line ${source.slice(0, script.commands[k].start).split("\n").length} differs`);
        });
        const kept = commentTexts(formatted, again);
        if (JSON.stringify(kept) !== JSON.stringify(comments)) failures.push(`${style}: comments differ`);
        if (style === "preserve") {
          totals.comments += comments.length;
          if (JSON.stringify(kept) === JSON.stringify(comments)) totals.commentsKept += comments.length;
          if (JSON.stringify(tokens(formatted)) === JSON.stringify(tokens(source))) totals.tokensSame++;
          else failures.push("preserve: tokens differ");
        }
      }
      totals.failed += failures.length;
      expect(failures).toEqual([]);
    });
  }
});

describe("format on the spec testsuite with other layout options", () => {
  // A narrow width breaks far more groups; tabs and compact bodies take the other paths of the layout.
  const options = { printWidth: 40, useTabs: true, compactBodies: true };
  it("is idempotent and keeps every token on every file (printWidth 40, tabs, compactBodies)", () => {
    const failures: string[] = [];
    for (const name of specFileNames()) {
      const { source, script, tokens: recorded } = readSpecFile(name);
      const formatted = formatChecked(source, options, script, recorded);
      if (format(formatted, options) !== formatted) failures.push(`${name}: not idempotent`);
      if (JSON.stringify(tokens(formatted)) !== JSON.stringify(tokens(source))) failures.push(`${name}: tokens differ`);
    }
    expect(failures).toEqual([]);
  });
});

afterAll(() => {
  const p = perStyle.preserve;
  if (p === undefined) return;
  recordSpecCounts("format", { passed: p.same, failed: totals.failed, skipped: 0 });
  const styles = STYLES.map((s) => `${s}: ${perStyle[s].idempotent}/${totals.files} idempotent, ${perStyle[s].same}/${perStyle[s].modules} modules identical`);
  console.log(
    `format on ${totals.files} spec files: ${styles.join("; ")}; ` +
      `tokens unchanged in ${totals.tokensSame}/${totals.files}; comments kept ${totals.commentsKept}/${totals.comments}`,
  );
});
