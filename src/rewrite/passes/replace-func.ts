/**
 * replace-func: puts another function in place of functions the module
 * defines (by $name pattern): calls, exports, table entries and `ref.func`
 * follow it, and the old body goes. For runtime functions whose job the
 * new host does differently (Go's syscall.Write through Node's fs).
 */
import type { Func, Module } from "../../module/model.js";
import { PassError, type Pass } from "../pass.js";
import { globMatcher, listArg } from "../patterns.js";
import type { InputIndices } from "../input-indices.js";
import { addWat, readText } from "../snippet.js";
import { findEntity } from "../find-entity.js";
import { FuncSubstitution } from "../substitution.js";

/** Replaces each defined function whose name matches `pattern` by `target` (`$name` or index), or by the same-named function of a WAT text. */
export function replaceFuncs(module: Module, pattern: string, target: { ref: string } | { wat: string; file?: string }, input?: InputIndices): number {
  const matches = globMatcher([pattern.replace(/^\$/, "")]);
  const olds = module.funcs.filter((f) => f.name !== undefined && matches(f.name));
  if (olds.length === 0) throw new PassError("replace-func", `no defined function matches ${pattern}`);
  const added = "wat" in target ? addWat(module, target.wat, { file: target.file, input }) : undefined;
  const fixed = "ref" in target ? findEntity(module, "func", target.ref, input, "replace-func") : undefined;
  const substitution = new FuncSubstitution(module, "replace-func");
  for (const old of olds) {
    const replacement = added !== undefined ? added.funcs.find((f) => f.name === old.name) : fixed;
    if (replacement === undefined || replacement.entity !== "func") {
      throw new PassError("replace-func", `no replacement for $${old.name} (${"wat" in target ? "the WAT text defines no function of that name" : (target as { ref: string }).ref})`);
    }
    substitution.add(old, replacement as Func);
  }
  substitution.apply();
  return olds.length;
}

export const replaceFuncPass: Pass = {
  name: "replace-func",
  summary: "put another function in place of functions the module defines",
  usage: "replace-func=$NAME=TARGET,...",
  details:
    "$NAME may use * and ? and matches the names of defined functions. TARGET is $f or an index (a\n" +
    "function of the module, e.g. one added by an earlier pass), or @FILE.wat: WAT module fields added\n" +
    "to the module, whose function of the same $NAME replaces it. The replacement must have the same type.",
  example: "watkit rewrite app.wasm --pass 'replace-func=$slow_hash=$fast_hash' -o app.wasm",
  run(module, arg, host) {
    const items = listArg(arg);
    if (items.length === 0) throw new PassError("replace-func", "needs $NAME=TARGET");
    for (const item of items) {
      const eq = item.lastIndexOf("=");
      if (eq <= 0) throw new PassError("replace-func", `expected $NAME=TARGET, found "${item}"`);
      const target = item.slice(eq + 1);
      const file = target.startsWith("@") ? target.slice(1) : undefined;
      replaceFuncs(module, item.slice(0, eq), file !== undefined ? { wat: readText(host, file, "replace-func"), file } : { ref: target }, host.input);
    }
  },
};
