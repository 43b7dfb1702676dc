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
import type { InputIndices } from "../input-indices.js";
import { addWat, readText } from "../snippet.js";
import { mapModule } from "../walk.js";
import { findEntity } from "./add-export.js";

/**
 * Functions put in place of others, applied to every reference of the
 * module in one walk (`apply`): a pass that replaces many functions costs
 * one walk of the module, not one per function. `add` takes the old
 * function out of the module at once, so later lookups no longer see it.
 */
export class FuncSubstitution {
  private readonly map = new Map<Func, Func>();

  constructor(
    private readonly module: Module,
    private readonly pass = "replace-import",
  ) {}

  /** `replacement` (same signature) stands for `old` (imported or defined) from now on. */
  add(old: Func, replacement: Func): void {
    const pass = this.pass;
    if (old === replacement) throw new PassError(pass, `${describeFunc(old)} cannot replace itself`);
    const [a, b] = [signature(old, pass), signature(replacement, pass)];
    if (!sameTypes(a.params, b.params) || !sameTypes(a.results, b.results)) {
      throw new PassError(pass, `${describeFunc(old)} ${formatSignature(a)}: the replacement ${describe(replacement)} has another type, ${formatSignature(b)}`);
    }
    this.map.set(old, replacement);
    const m = this.module;
    if (old.import !== undefined) m.imports = m.imports.filter((e) => e !== old);
    else m.funcs = m.funcs.filter((e) => e !== old);
  }

  /** Makes every reference follow the replacements (through chains: a replacement replaced in turn). */
  apply(): void {
    if (this.map.size === 0) return;
    const final = new Map<Func, Func>();
    for (const old of this.map.keys()) {
      let f = old;
      for (let hops = 0; this.map.has(f); hops++) {
        if (hops > this.map.size) throw new PassError(this.pass, `${describeFunc(old)} is replaced in a cycle`);
        f = this.map.get(f)!;
      }
      final.set(old, f);
    }
    mapModule(this.module, (t) => (t.entity === "func" ? (final.get(t) ?? t) : t));
    this.map.clear();
  }
}

/**
 * Makes every use of the function `old` (imported or defined) use
 * `replacement`, which must have the same signature, and removes `old`.
 */
export function replaceFunc(module: Module, old: Func, replacement: Func, pass = "replace-import"): void {
  const substitution = new FuncSubstitution(module, pass);
  substitution.add(old, replacement);
  substitution.apply();
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

function signature(f: Func, pass: string): { params: ValType[]; results: ValType[] } {
  const t = f.type;
  if (t.entity !== "type" || t.comp.kind !== "func") throw new PassError(pass, `function ${describe(f)} has no function type`);
  return t.comp;
}

/** `(param i32) (result i64)`, as a function type is written. */
export function formatSignature(sig: { params: readonly ValType[]; results: readonly ValType[] }): string {
  const parts = [
    sig.params.length > 0 ? `(param ${sig.params.map(valTypeText).join(" ")})` : "",
    sig.results.length > 0 ? `(result ${sig.results.map(valTypeText).join(" ")})` : "",
  ];
  const text = parts.filter((p) => p !== "").join(" ");
  return text === "" ? "(func)" : text;
}

function valTypeText(t: ValType): string {
  if (typeof t === "string") return t;
  const heap = typeof t.heap === "string" ? t.heap : t.heap.entity === "type" && t.heap.name !== undefined ? `$${t.heap.name}` : String(t.heap.index);
  return `(ref ${t.nullable ? "null " : ""}${heap})`;
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
