/**
 * Printing a rewritten text module keeps the text of what the rewrite did
 * not touch: comments, layout, folded code, `$names` and numbers as written.
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decode } from "../../src/binary/decode.js";
import { encode } from "../../src/binary/encode.js";
import type { RecGroup } from "../../src/module/model.js";
import { printKeepingText, readWatKeepingText } from "../../src/rewrite/preserve.js";
import { addWat, rewrite, type PassStep } from "../../src/rewrite/index.js";
import { wat2wasm } from "../../src/wat2wasm.js";

/** Rewrites the text and gives the new text, checking that it means the rewritten module. */
function rewriteText(source: string, steps: PassStep[]): string {
  const { module, origin } = readWatKeepingText(source)!;
  const result = rewrite(module, steps);
  const text = printKeepingText(result, origin);
  // The same module up to the order of its (plain function) types: same exports, same behaviour.
  const [a, b] = [decode(wat2wasm(text)), decode(encode(result))];
  if (Buffer.compare(Buffer.from(encode(a)), Buffer.from(encode(b))) !== 0) {
    for (const m of [a, b]) m.types.sort((x, y) => (typeKey(x) < typeKey(y) ? -1 : 1));
    expect(Buffer.from(encode(a))).toEqual(Buffer.from(encode(b)));
  }
  return text;
}

function typeKey(group: RecGroup): string {
  return JSON.stringify(group.types.map((t) => [t.name, t.comp]), (_, v: unknown) => (v !== null && typeof v === "object" && "entity" in v ? "type" : v));
}

const CALC = `;; A calculator, with comments that must survive.
(module
  (type $bin (func (param i32 i32) (result i32)))  ;; binary operators

  (import "env" "log" (func $log (param i32)))
  (import "env" "unused" (func $unused))

  (func $add (type $bin)
    local.get 0   ;; left
    local.get 1   ;; right
    i32.add)

  ;; Dead: nobody calls it.
  (func $dead (param i32) (result i32)
    (i32.mul (local.get 0) (i32.const 3)))

  (func $run (param i32) (result i32)
    (call $log (local.get 0))
    (call $add (local.get 0) (i32.const 1)))  (; by name ;)

  (func $by-index (result i32)
    (call 2 (i32.const 1) (i32.const 2)))  ;; 2 is $add

  (export "run" (func $run))
  (export "sum" (func $by-index))
)
`;

describe("text kept through a rewrite", () => {
  it("gives the source back unchanged when nothing changes", () => {
    const dir = "corpus/hand";
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".wat"))) {
      const source = readFileSync(join(dir, file), "utf8");
      expect(rewriteText(source, [() => undefined])).toBe(source);
    }
    expect(rewriteText(CALC, [])).toBe(CALC);
  });

  it("reprints only the changed field", () => {
    const text = rewriteText(CALC, ["rename=export:run=main"]);
    expect(text).toBe(CALC.replace('(export "run" (func $run))', '(export "main" (func $run))'));
  });

  it("edits inline exports in place when only they changed", () => {
    const source = `(module
  (func $f (export "a") (export "b") (result i32)  ;; two names
    (i32.const 1)))
`;
    const renamed = rewriteText(source, ["rename=export:b=c"]);
    expect(renamed).toBe(source.replace('(export "b")', '(export "c")'));
    const removed = rewriteText(source, [(m) => void (m.exports = m.exports.filter((e) => e.name !== "a"))]);
    expect(removed).toBe(source.replace(' (export "a")', ""));
  });

  it("drops removed fields with their comments, keeps $name references, reprints numeric ones that moved", () => {
    const text = rewriteText(CALC, ["remove-unused-imports", "rename=func:$dead=gone", (m) => void (m.funcs = m.funcs.filter((f) => f.name !== "gone"))]);
    expect(text).not.toContain("unused");
    expect(text).not.toContain("Dead: nobody");
    // $run names what it calls: copied as written, comments and folding included.
    expect(text).toContain(`  (func $run (param i32) (result i32)
    (call $log (local.get 0))
    (call $add (local.get 0) (i32.const 1)))  (; by name ;)`);
    expect(text).toContain("local.get 0   ;; left");
    // $by-index said `call 2`, which is now function 1: printed again, by name, folded as it was.
    expect(text).not.toContain("(call 2 ");
    expect(text).toMatch(/\(func \$by-index[^\n]*\n\s+\(call \$add/);
    expect(text.startsWith(";; A calculator, with comments that must survive.\n(module\n  (type $bin")).toBe(true);
  });

  it("puts new imports with the imports and new definitions at the end", () => {
    const text = rewriteText(CALC, [
      (m) =>
        void addWat(m, `(import "env" "now" (func $now (result f64)))
          (func $twice (export "twice") (param i32) (result i32) (call $add (local.get 0) (local.get 0)))`),
    ]);
    expect(text).not.toContain("(type (func");
    const lines = text.split("\n");
    const unused = lines.findIndex((l) => l.includes('"unused"'));
    expect(lines[unused + 1]).toBe('  (import "env" "now" (func $now (result f64)))');
    expect(text).toMatch(/\(export "sum" \(func \$by-index\)\)\n {2}\(func \$twice[\s\S]*\(export "twice" \(func \$twice\)\)\n\)\n$/);
    // Every field that was there reads as before.
    for (const line of CALC.split("\n")) if (!line.includes("(call 2")) expect(text).toContain(line);
  });
});
