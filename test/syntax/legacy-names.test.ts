/**
 * Old keyword spellings (`get_local`, `anyfunc`, ...): an error at the
 * keyword naming the current spelling, or, with `legacyNames`, read as the
 * current keyword and listed where they are written.
 */
import { describe, expect, it } from "@jest/globals";
import { instrByName } from "../../src/isa/instructions.js";
import { print } from "../../src/print/print.js";
import { LEGACY_NAMES } from "../../src/syntax/legacy-names.js";
import { parseWat } from "../../src/syntax/parse.js";
import { syntaxError } from "../helpers/syntax-error.js";

/** A module using `old` where its kind of keyword goes (with an index immediate where the instruction takes one). */
function using(old: string, current: string): string {
  if (current === "funcref") return `(module (table 0 ${old}))`;
  return `(module (func ${old}${instrByName(current)!.imm === "none" ? "" : " 0"}))`;
}

describe("old keyword spellings", () => {
  it("each names a current instruction (or funcref)", () => {
    for (const [old, current] of LEGACY_NAMES) {
      expect([old, current === "funcref" || instrByName(current) !== undefined]).toEqual([old, true]);
      expect(instrByName(old)).toBeUndefined();
    }
  });

  it("are errors at the keyword, naming the current spelling", () => {
    const error = syntaxError("(module\n  (func (local $i i32)\n    (drop (get_local $i))))");
    expect([error.line, error.column, error.reason]).toEqual([3, 12, "unknown instruction get_local (`get_local` is the old name of `local.get`)"]);
    const type = syntaxError("(module\n  (global $g anyfunc (ref.null func)))");
    expect([type.line, type.column, type.reason]).toEqual([2, 14, "unknown type anyfunc (`anyfunc` is the old name of `funcref`)"]);
  });

  it("are read as the current keywords with legacyNames, each listed", () => {
    for (const [old, current] of LEGACY_NAMES) {
      const text = using(old, current);
      expect(syntaxError(text).reason).toContain(`is the old name of \`${current}\``);
      const script = parseWat(text, { legacyNames: true });
      const start = text.indexOf(old);
      expect(script.legacyNames).toEqual([{ start, end: start + old.length, old, current }]);
      const first = script.commands[0];
      if (first.kind !== "module" || first.module.kind !== "module") throw new Error("expected a text module");
      expect(print(first.module)).toContain(current);
    }
  });

  it("are not listed when there are none", () => {
    expect(parseWat("(module (func))", { legacyNames: true }).legacyNames).toBeUndefined();
  });
});
