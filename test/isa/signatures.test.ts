/**
 * Every instruction's derived typing, listed in `docs/instructions.txt`, one
 * line each in table order, so that a wrong derivation (a mnemonic the
 * naming patterns of `stack-effect.ts` or `validate/rules.ts` misread) shows
 * in a diff:
 *
 *     i32.add : [i32 i32] -> [i32]
 *     i32.load : [addr] -> [i32]              addr: i32, or i64 on a 64-bit memory
 *     drop : [?] -> []  (DROP)                counts from the stack effect; ? typed by the rule
 *     call : module-dependent  (CALL)         the validator's rule works it out from the module
 *     unreachable : [t1*] -> [t2*]  (UNREACHABLE)   stack-polymorphic: any operands below, any results
 *
 * `BLESS=1` rewrites the listing; read its diff.
 */
import { expect, it } from "@jest/globals";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { INSTRUCTIONS, type InstrDef } from "../../src/isa/instructions.js";
import { stackEffect } from "../../src/isa/stack-effect.js";
import { ADDR, fillRules, PARAMS, R, RESULTS, RULE } from "../../src/validate/rules.js";
import { F32, F64, I32, I64, V128 } from "../../src/validate/type-table.js";

const LISTING = join(process.cwd(), "docs/instructions.txt");

fillRules();

const TYPE_NAMES = new Map([
  [I32, "i32"],
  [I64, "i64"],
  [F32, "f32"],
  [F64, "f64"],
  [V128, "v128"],
  [ADDR, "addr"],
]);

/** The rules whose operand and result types are the row's `PARAMS` and `RESULTS`. */
const TYPED_BY_ROW = new Set<number>([R.SIMPLE, R.MEMORY, R.MEMORY_LANE, R.LANE, R.SHUFFLE]);

/** The rules after which the stack is polymorphic (the instruction never falls through). */
const POLYMORPHIC = new Set<number>([R.UNREACHABLE, R.BR, R.BR_TABLE, R.RETURN, R.RETURN_CALL, R.RETURN_CALL_INDIRECT, R.RETURN_CALL_REF, R.THROW, R.THROW_REF, R.RETHROW]);

const RULE_NAMES = new Map<number, string>(Object.entries(R).map(([name, rule]) => [rule, name]));

function types(codes: ArrayLike<number>): string {
  return `[${Array.from(codes, (code) => TYPE_NAMES.get(code) ?? `type ${code}`).join(" ")}]`;
}

function line(def: InstrDef): string {
  const rule = RULE[def.id];
  if (rule === R.STRUCTURAL) return `${def.name} : part of a structured instruction`;
  if (TYPED_BY_ROW.has(rule)) return `${def.name} : ${types(PARAMS[def.id])} -> ${types(RESULTS[def.id])}`;
  const effect = stackEffect(def);
  const polymorphic = POLYMORPHIC.has(rule);
  const values = (n: number, rest: string): string => `[${[...(polymorphic ? [rest] : []), ...Array<string>(n).fill("?")].join(" ")}]`;
  const shape =
    effect === null
      ? `module-dependent${polymorphic ? ", stack-polymorphic" : ""}`
      : `${values(effect.pops, "t1*")} -> ${polymorphic ? "[t2*]" : values(effect.pushes, "")}`;
  return `${def.name} : ${shape}  (${RULE_NAMES.get(rule)})`;
}

function listing(): string {
  const header = [
    "# Every instruction's derived typing, in instruction-table order (test/isa/signatures.test.ts; BLESS=1 regenerates it).",
    "# [operands] -> [results]; addr: i32, or i64 on a 64-bit memory; ?: a value the validator's rule (in parentheses) types.",
    "# module-dependent: the counts come from the module (a function, type, label, block type or tag).",
    "# t1*, t2*, stack-polymorphic: the instruction never falls through, so any values may be below its operands and after it.",
  ];
  return [...header, ...INSTRUCTIONS.map(line)].join("\n") + "\n";
}

it("lists every instruction's derived signature and stack effect as docs/instructions.txt does", () => {
  const text = listing();
  if (process.env.BLESS === "1") writeFileSync(LISTING, text);
  expect(text).toBe(readFileSync(LISTING, "utf8"));
});

it("types by the row only what has a stack effect of the same counts", () => {
  const mismatched = INSTRUCTIONS.filter((def) => {
    const effect = stackEffect(def);
    return TYPED_BY_ROW.has(RULE[def.id]) && (effect === null || effect.pops !== PARAMS[def.id].length || effect.pushes !== RESULTS[def.id].length);
  });
  expect(mismatched.map((def) => def.name)).toEqual([]);
});
