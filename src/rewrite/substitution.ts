/**
 * One function put in place of another: every call, export, table entry and
 * `ref.func` follows the replacement, and the old function goes. Shared by
 * the passes that replace imports and defined functions, and by merge's
 * signature messages.
 */
import type { Func, Module, ValType } from "../module/model.js";
import { sameTypes } from "../module/resolve-types.js";
import { PassError } from "./pass.js";
import { mapModule } from "./walk.js";

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

function describeFunc(f: Func): string {
  return f.import !== undefined ? `${f.import.module}.${f.import.name}` : describe(f);
}

export function signature(f: Func, pass: string): { params: ValType[]; results: ValType[] } {
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

export function describe(f: Func): string {
  return f.name !== undefined ? `$${f.name}` : "(unnamed)";
}
