/**
 * replace-import: satisfies imported functions inside the module, with a
 * function written in WAT, one the module already has, or a stub; every
 * call, export, table entry and `ref.func` of the import then names the
 * replacement, and the import goes.
 */
import type { Func, Instr, Module, ValType } from "../../module/model.js";
import { sameTypes } from "../../module/resolve-types.js";
import { addFunc, op } from "../build.js";
import { PassError, type Pass, type PassHost } from "../pass.js";
import { globMatcher, importName, listArg } from "../patterns.js";
import { addWat } from "../snippet.js";
import { mapModule } from "../walk.js";
import { findEntity } from "./add-export.js";

/**
 * Makes every use of the function `old` (imported or defined) use
 * `replacement`, which must have the same signature, and removes `old`.
 */
export function replaceFunc(module: Module, old: Func, replacement: Func, pass = "replace-import"): void {
  if (old === replacement) throw new PassError(pass, `${describeFunc(old)} cannot replace itself`);
  const [a, b] = [signature(old), signature(replacement)];
  if (!sameTypes(a.params, b.params) || !sameTypes(a.results, b.results)) {
    throw new PassError(pass, `${describeFunc(old)}: the replacement ${describe(replacement)} has another type`);
  }
  mapModule(module, (t) => (t === old ? replacement : t));
  if (old.import !== undefined) module.imports = module.imports.filter((e) => e !== old);
  else module.funcs = module.funcs.filter((e) => e !== old);
}

/** Satisfies the imported function `imp` with `replacement` (see `replaceFunc`). */
export function replaceImport(module: Module, imp: Func, replacement: Func): void {
  if (imp.import === undefined) throw new PassError("replace-import", `function ${describe(imp)} is not imported`);
  replaceFunc(module, imp, replacement);
}

function describeFunc(f: Func): string {
  return f.import !== undefined ? `${f.import.module}.${f.import.name}` : describe(f);
}

/** What stands in for matching imports: a function by name or index, the functions of a WAT text, or a stub. */
export type Replacement =
  | { kind: "func"; ref: string }
  /** Each matching import `MOD.NAME` is replaced by the text's function `$NAME` (or `$MOD.NAME`), if it has one. */
  | { kind: "wat"; text: string }
  /** Returns zeros (or does nothing), or traps. */
  | { kind: "stub" | "trap" };

/** Replaces every imported function whose `MODULE.NAME` matches `pattern`; gives how many were replaced. */
export function replaceImports(module: Module, pattern: string, replacement: Replacement): number {
  const matches = globMatcher([pattern]);
  const imports = module.imports.filter((e): e is Func => e.entity === "func" && matches(`${e.import!.module}.${e.import!.name}`));
  if (imports.length === 0) throw new PassError("replace-import", `no imported function matches ${pattern}`);
  const added = replacement.kind === "wat" ? addWat(module, replacement.text) : undefined;
  let replaced = 0;
  for (const imp of imports) {
    const f = pick(module, imp, replacement, added);
    if (f === undefined) continue;
    replaceImport(module, imp, f);
    replaced++;
  }
  if (replaced === 0) throw new PassError("replace-import", `the WAT text defines no function for any import matching ${pattern}`);
  return replaced;
}

/** The replacement of one import; a WAT text may leave some of the matching imports alone. */
function pick(module: Module, imp: Func, replacement: Replacement, added: Module | undefined): Func | undefined {
  const { module: from, name } = imp.import!;
  switch (replacement.kind) {
    case "func": {
      const f = findEntity(module, "func", replacement.ref);
      if (f === undefined || f.entity !== "func") throw new PassError("replace-import", `no function ${replacement.ref}`);
      return f;
    }
    case "wat":
      return added!.funcs.find((g) => g.name === name) ?? added!.funcs.find((g) => g.name === `${from}.${name}`);
    case "stub":
    case "trap": {
      const { params, results } = signature(imp);
      const body: Instr[] = replacement.kind === "trap" ? [{ op: op("unreachable") }] : results.map(zero);
      return addFunc(module, { name: `${from}.${name}.${replacement.kind}`, params, results, body: () => body });
    }
  }
}

function signature(f: Func): { params: ValType[]; results: ValType[] } {
  const t = f.type;
  if (t.entity !== "type" || t.comp.kind !== "func") throw new PassError("replace-import", `function ${describe(f)} has no function type`);
  return t.comp;
}

function describe(f: Func): string {
  return f.name !== undefined ? `$${f.name}` : "(unnamed)";
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
    const text = new TextDecoder().decode(host.readFile(target.slice(1)));
    return { pattern, replacement: { kind: "wat", text } };
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
    "The replacement must have the import's type; calls, exports and table entries follow it.",
  example: "watkit rewrite hello.wasm --pass 'replace-import=go.runtime.*=@wasi.wat,go.*=stub' -o hello-wasi.wasm",
  run(module, arg, host) {
    const items = listArg(arg);
    if (items.length === 0) throw new PassError("replace-import", "needs MODULE.NAME=TARGET");
    for (const item of items) {
      const { pattern, replacement } = parseReplacement(item, host);
      replaceImports(module, pattern, replacement);
    }
  },
};
