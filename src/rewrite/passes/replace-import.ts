/**
 * replace-import: satisfies imported functions inside the module, with a
 * function written in WAT, one the module already has, or a stub; every
 * call, export, table entry and `ref.func` of the import then names the
 * replacement, and the import goes.
 */
import type { Func, Instr, Module, ValType } from "../../module/model.js";
import { addFunc, op } from "../../module/build.js";
import { PassError, type Pass, type PassHost } from "../pass.js";
import { globMatcher, importName, listArg } from "../patterns.js";
import type { InputIndices } from "../input-indices.js";
import { addWat, readText } from "../snippet.js";
import { findEntity } from "../find-entity.js";
import { describe, FuncSubstitution, replaceFunc, signature } from "../substitution.js";

/** Satisfies the imported function `imp` with `replacement` (see `replaceFunc`). */
export function replaceImport(module: Module, imp: Func, replacement: Func): void {
  if (imp.import === undefined) throw new PassError("replace-import", `function ${describe(imp)} is not imported`);
  replaceFunc(module, imp, replacement);
}

/** What stands in for matching imports: a function by name or index, the functions of a WAT text, or a stub. */
export type Replacement =
  | { kind: "func"; ref: string }
  /** Each matching import `MOD.NAME` is replaced by the text's function `$NAME` (or `$MOD.NAME`), if it has one. `file` names the text in errors. */
  | { kind: "wat"; text: string; file?: string }
  /** Returns zeros (or does nothing), or traps. */
  | { kind: "stub" | "trap" };

export interface ReplaceOptions {
  /** Where bare indices point (see `InputIndices`). */
  input?: InputIndices;
  /** Collects the replacements of several calls to apply them in one walk; without it, this call applies its own. */
  substitution?: FuncSubstitution;
}

/** Replaces every imported function whose `MODULE.NAME` matches `pattern`; gives how many were replaced. */
export function replaceImports(module: Module, pattern: string, replacement: Replacement, options: ReplaceOptions = {}): number {
  const matches = globMatcher([pattern]);
  const imports = module.imports.filter((e): e is Func => e.entity === "func" && matches(`${e.import!.module}.${e.import!.name}`));
  if (imports.length === 0) throw new PassError("replace-import", `no imported function matches ${pattern}`);
  const added = replacement.kind === "wat" ? addWat(module, replacement.text, { file: replacement.file, input: options.input }) : undefined;
  const substitution = options.substitution ?? new FuncSubstitution(module);
  let replaced = 0;
  for (const imp of imports) {
    const f = pick(module, imp, replacement, added, options.input);
    if (f === undefined) continue;
    substitution.add(imp, f);
    replaced++;
  }
  if (replaced === 0)
    throw new PassError(
      "replace-import",
      `${replacement.kind === "wat" ? (replacement.file ?? "the WAT text") : "the WAT text"} defines no function for any import matching ${pattern}`,
    );
  if (options.substitution === undefined) substitution.apply();
  return replaced;
}

/** The replacement of one import; a WAT text may leave some of the matching imports alone. */
function pick(module: Module, imp: Func, replacement: Replacement, added: Module | undefined, input: InputIndices | undefined): Func | undefined {
  const { module: from, name } = imp.import!;
  switch (replacement.kind) {
    case "func": {
      const f = findEntity(module, "func", replacement.ref, input, "replace-import");
      if (f === undefined || f.entity !== "func") throw new PassError("replace-import", `no function ${replacement.ref}`);
      return f;
    }
    case "wat":
      return added!.funcs.find((g) => g.name === name) ?? added!.funcs.find((g) => g.name === `${from}.${name}`);
    case "stub":
    case "trap": {
      const { params, results } = signature(imp, "replace-import");
      const body: Instr[] = replacement.kind === "trap" ? [{ op: op("unreachable") }] : results.map(zero);
      return addFunc(module, { name: `${from}.${name}.${replacement.kind}`, params, results, body: () => body });
    }
  }
}

function zero(t: ValType): Instr {
  switch (t) {
    case "i32":
      return { op: op("i32.const"), i32: 0 };
    case "i64":
      return { op: op("i64.const"), i64: 0n };
    case "f32":
      return { op: op("f32.const"), i32: 0 };
    case "f64":
      return { op: op("f64.const"), i64: 0n };
    case "v128":
      return { op: op("v128.const"), bytes: new Uint8Array(16) };
    default:
      if (!t.nullable) throw new PassError("replace-import", "cannot stub a function that returns a non-nullable reference");
      return { op: op("ref.null"), heapType: t.heap };
  }
}

/** `PATTERN=TARGET` with TARGET `$func`, an index, `@file.wat`, `stub` or `trap`. */
export function parseReplacement(item: string, host: PassHost): { pattern: string; replacement: Replacement } {
  const eq = item.lastIndexOf("=");
  if (eq <= 0 || importName(item.slice(0, eq)) === undefined) {
    throw new PassError("replace-import", `expected MODULE.NAME=TARGET, found "${item}"`);
  }
  const pattern = item.slice(0, eq);
  const target = item.slice(eq + 1);
  if (target === "stub" || target === "trap") return { pattern, replacement: { kind: target } };
  if (target.startsWith("@")) {
    const file = target.slice(1);
    return { pattern, replacement: { kind: "wat", text: readText(host, file, "replace-import"), file } };
  }
  return { pattern, replacement: { kind: "func", ref: target } };
}

export const replaceImportPass: Pass = {
  name: "replace-import",
  summary: "satisfy imported functions with WAT code, an existing function, or a stub",
  usage: "replace-import=MODULE.NAME=TARGET,...",
  details:
    "MODULE.NAME may use * and ? (go.* is every import of module go). TARGET is one of:\n" +
    "  $f or an index  a function of the module;\n" +
    "  @FILE.wat       WAT module fields added to the module; import MODULE.NAME uses its function $NAME\n" +
    "                  (or $MODULE.NAME) where it has one; the text may refer to the module's entities\n" +
    "                  by $name or index;\n" +
    "  stub            a new function that returns zeros; trap: one that traps.\n" +
    "The replacement must have the import's type; calls, exports and table entries follow it.\n" +
    "Indices mean what `watkit print` of the module given to rewrite shows, whatever earlier steps\n" +
    "removed or added; an index whose entity a step removed is an error naming the step.",
  example: "watkit rewrite hello.wasm --pass 'replace-import=go.runtime.*=@wasi.wat,go.*=stub' -o hello-wasi.wasm",
  run(module, arg, host) {
    const items = listArg(arg);
    if (items.length === 0) throw new PassError("replace-import", "needs MODULE.NAME=TARGET");
    const substitution = new FuncSubstitution(module);
    for (const item of items) {
      const { pattern, replacement } = parseReplacement(item, host);
      replaceImports(module, pattern, replacement, { input: host.input, substitution });
    }
    substitution.apply();
  },
};
