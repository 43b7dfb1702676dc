/**
 * Module-level validation: types (canonicalised, declared subtypes
 * checked), imports and definitions (limits, value types, tag types),
 * constant expressions (global, table and segment initialisers, offsets),
 * segments, the start function, exports, then every function body (see
 * `code.ts`). Each problem is reported once, with the entity it concerns;
 * a function body stops at its first problem and the next one is checked.
 */
import type { CodeSink } from "../binary/decode-code.js";
import type { FeatureSet } from "../isa/features.js";
import type { Feature } from "../isa/instructions.js";
import type { Elem, Func, Global, Instr, Module, Table, TypeRef } from "../module/model.js";
import { indexSpaces, type IndexSpaces } from "../module/index-space.js";
import { CodeError, CodeValidator, elemTypeCode, type ConstScope } from "./typecheck-code.js";
import { FastBodyChecker } from "./fast-body.js";
import type { Diagnostic } from "./diagnostic.js";
import { I32, I64, isNullable, isRef, KIND_FUNC, TypeTable } from "./type-table.js";

export type Report = (diagnostic: Diagnostic) => void;

const DEFAULT_PAGE_SIZE_LOG2 = 16;
/**
 * Per address type, for one-byte pages and for 64KiB pages: the most pages a
 * memory may have, and the message saying so. One-byte pages stop one short
 * of the address space, so that the size in pages fits the address type.
 */
const MAX_PAGES: Record<"i32" | "i64", readonly (readonly [bigint, string])[]> = {
  i32: [
    [0xffff_ffffn, "memory size must be at most 2^32-1 pages of 1 byte"],
    [0x1_0000n, "memory size must be at most 65536 pages (4GiB)"],
  ],
  i64: [
    [0xffff_ffff_ffff_ffffn, "memory size must be at most 2^64-1 pages of 1 byte"],
    [1n << 48n, "memory size must be at most 2^48 pages"],
  ],
};
const MAX_TABLE_32 = 0xffff_ffffn;
const EMPTY = new Int32Array(0);

function named(what: string, index: number, name: string | undefined): string {
  return name !== undefined ? `${what} $${name}` : `${what} ${index}`;
}

/** What checking function bodies needs from the module. */
interface BodyContext {
  types: TypeTable;
  s: IndexSpaces;
  /** Per function index: its function type's index, or -1. */
  funcTypes: number[];
  code: CodeValidator;
}

/** The function type index of entity `index` of a kind (`func`, `tag`), or -1; the entity's name is only spelt out for a problem. */
type FuncTypeOf = (ref: TypeRef, kind: string, index: number, name: string | undefined, offset?: number) => number;

function bodyContext(module: Module, types: TypeTable, funcTypeOf: FuncTypeOf): BodyContext {
  const s = indexSpaces(module);
  const funcTypes = s.funcs.map((f, i) => funcTypeOf(f.type, "func", i, f.name, f.offset));
  return { types, s, funcTypes, code: new CodeValidator(module, types, () => declaredFuncs(module)) };
}

/** The index of a function type, or -1 after reporting (through `error`) why `ref` is none. */
function funcTypeChecker(types: TypeTable, error: (message: string, extra?: Partial<Diagnostic>) => void): FuncTypeOf {
  return (ref, kind, index, name, offset) => {
    const i = types.index(ref);
    if (i >= 0 && types.kind[i] === KIND_FUNC && types.broken[i] === 0) return i;
    const what = named(kind, index, name);
    const at = offset !== undefined ? { offset } : {};
    if (i < 0) error(`${what}: unknown type ${ref.entity === "dangling" ? ref.index : ""}`.trimEnd(), at);
    else if (types.kind[i] !== KIND_FUNC) error(`${what}: type ${i} is not a function type`, at);
    return -1;
  };
}

function checkBody(ctx: BodyContext, func: Func, index: number, report: Report): void {
  const t = ctx.funcTypes[index];
  if (t < 0) return;
  try {
    ctx.code.func(func, ctx.types.params[t] ?? EMPTY, ctx.types.results[t] ?? EMPTY);
  } catch (e) {
    reportCodeError(e, func, index, report);
  }
}

function reportCodeError(e: unknown, func: Func, index: number, report: Report): void {
  if (!(e instanceof CodeError)) throw e;
  const at = located(e.instr);
  report({
    severity: "error",
    message: e.message,
    offset: at.offset ?? func.offset,
    func: index,
    ...(func.name !== undefined && { funcName: func.name }),
    ...(at.instr !== undefined && { instr: at.instr }),
  });
}

/**
 * Checks function bodies while `decode` reads them (its `code` option), so
 * that no body of a large binary is ever held whole. The context is made
 * when the first body begins: every section the bodies depend on is decoded
 * by then. Problems with the module itself are left to `validateModule` with
 * `bodiesChecked`. A body stops being checked at its first problem.
 */
export class BodyChecker implements CodeSink {
  private ctx: BodyContext | undefined;
  private func: Func | undefined;
  /** Whether the current body is still being checked. */
  private active = false;

  /** `keepBodies`: the decoder keeps the instructions too (the caller needs the Module). */
  constructor(
    private readonly report: Report,
    readonly keepBodies = false,
  ) {}

  /** The fast path's checker, made with the context. */
  private fast: FastBodyChecker | undefined;

  /** The bodies the fast path settled, and those it gave to the full checker (for tests and measurements). */
  readonly counts = { fast: 0, full: 0 };

  whole(func: Func, module: Module, bytes: Uint8Array, start: number, end: number, within?: FeatureSet): boolean {
    const ctx = this.context(module);
    this.fast ??= new FastBodyChecker(ctx.types, ctx.s, ctx.funcTypes);
    const taken = this.fast.check(func.index, bytes, start, end, within);
    if (taken) this.counts.fast++;
    return taken;
  }

  begin(func: Func, module: Module): void {
    const ctx = this.context(module);
    this.counts.full++;
    this.func = func;
    const t = ctx.funcTypes[func.index];
    this.active = t >= 0;
    if (!this.active) return;
    try {
      ctx.code.begin(func, ctx.types.params[t] ?? EMPTY, ctx.types.results[t] ?? EMPTY);
    } catch (e) {
      this.fail(e);
    }
  }

  instr(ins: Instr): void {
    if (!this.active) return;
    try {
      this.ctx!.code.step(ins);
    } catch (e) {
      this.fail(e);
    }
  }

  close(): void {
    if (!this.active) return;
    try {
      this.ctx!.code.close();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Made when the first body begins: every section the bodies depend on is decoded by then. */
  private context(module: Module): BodyContext {
    if (this.ctx === undefined) {
      const types = new TypeTable(module, () => {});
      this.ctx = bodyContext(module, types, funcTypeChecker(types, () => {}));
    }
    return this.ctx;
  }

  private fail(e: unknown): void {
    this.active = false;
    reportCodeError(e, this.func!, this.func!.index, this.report);
  }
}

export interface ModuleCheckOptions {
  /** The function bodies were checked already (by a `BodyChecker` while decoding). */
  bodiesChecked?: boolean;
  /** Proposals beyond WebAssembly 3.0 whose changed rules apply (see `ValidateOptions.proposals`). */
  proposals?: readonly Feature[];
}

export function validateModule(module: Module, report: Report, options: ModuleCheckOptions = {}): void {
  // The entity being checked: its source offset (text input) locates the errors found on it.
  let here: number | undefined;
  const error = (message: string, extra: Partial<Diagnostic> = {}): void =>
    report({ severity: "error", message, ...(here !== undefined && { offset: here }), ...extra });
  const typeDefs = module.types.flatMap((g) => g.types);
  const typeProblem = (message: string, at: number): void => {
    here = typeDefs[at]?.offset;
    error(`type ${at}: ${message}`);
    here = undefined;
  };
  const types = new TypeTable(module, typeProblem);
  types.checkSubtypes(typeProblem);
  types.checkContinuations(typeProblem);
  types.checkDescriptors(module, typeProblem);
  types.checkShared(typeProblem);
  const funcTypeOf = funcTypeChecker(types, error);
  const ctx = bodyContext(module, types, funcTypeOf);
  const { s, funcTypes, code } = ctx;

  s.tables.forEach((t, i) => {
    here = t.offset;
    const what = named("table", i, t.name);
    checkLimits(t.limits, t.limits.addressType === "i64" ? undefined : MAX_TABLE_32, what, "table size must be at most 2^32-1", error);
    const elem = types.refTypeCode(t.elemType);
    if (elem < 0) error(`${what}: unknown type in the element type`);
    else if (t.limits.shared && !types.isSharedValue(elem)) error(`${what}: shared tables must have a shared element type`);
  });
  s.memories.forEach((m, i) => {
    here = m.offset;
    const what = named("memory", i, m.name);
    const log2 = m.limits.pageSizeLog2;
    if (log2 !== undefined && log2 !== 0 && log2 !== DEFAULT_PAGE_SIZE_LOG2) error(`${what}: invalid custom page size: 2^${log2} bytes (only 1 and 65536 are allowed)`);
    const [max, limit] = MAX_PAGES[m.limits.addressType][log2 === 0 ? 0 : 1];
    checkLimits(m.limits, max, what, limit, error);
    if (m.limits.shared && m.limits.max === undefined) error(`${what}: shared memory must have maximum`);
  });
  s.globals.forEach((g, i) => {
    here = g.offset;
    const type = types.code(g.type);
    if (type < 0) error(`${named("global", i, g.name)}: unknown type`);
    else if (g.shared && !types.isSharedValue(type)) error(`${named("global", i, g.name)}: shared globals must have a shared value type`);
  });
  s.tags.forEach((t, i) => {
    here = t.offset;
    const what = named("tag", i, t.name);
    const ti = funcTypeOf(t.type, "tag", i, t.name, t.offset);
    // Stack switching gives tags results (those tags are suspended to, not thrown).
    if (ti >= 0 && types.results[ti].length > 0 && !options.proposals?.includes("stack-switching")) error(`${what}: non-empty tag result type`);
  });

  const globalIndex = new Map<Global, number>(s.globals.map((g, i) => [g, i]));
  const importedGlobals = s.globals.length - module.globals.length;
  const everyGlobal: ConstScope = { globalIndex, globalLimit: s.globals.length };
  // Tables precede globals in the module: their initialisers see imported globals only.
  const importedOnly: ConstScope = { globalIndex, globalLimit: importedGlobals };

  const constExpr = (instrs: Instr[], expected: number, scope: ConstScope, what: string, shared = false): void => {
    if (expected < 0) return;
    try {
      code.constExpr(instrs, expected, scope, shared);
    } catch (e) {
      if (!(e instanceof CodeError)) throw e;
      error(`${what}: ${e.message}`, located(e.instr));
    }
  };

  module.globals.forEach((g, k) => {
    here = g.offset;
    const i = importedGlobals + k;
    if (g.init === undefined) error(`${named("global", i, g.name)}: a defined global needs an initialiser`);
    else constExpr(g.init, types.code(g.type), { globalIndex, globalLimit: i }, named("global", i, g.name), g.shared);
  });
  const importedTables = s.tables.length - module.tables.length;
  module.tables.forEach((t, k) => {
    here = t.offset;
    const what = named("table", importedTables + k, t.name);
    const elem = types.refTypeCode(t.elemType);
    if (t.init !== undefined) constExpr(t.init, elem, importedOnly, what, t.limits.shared);
    else if (elem >= 0 && !isNullable(elem)) error(`${what}: type mismatch: a table of non-nullable references needs an initialiser`);
  });
  module.elems.forEach((e, i) => {
    here = e.offset;
    checkElem(e, named("elem", i, e.name));
  });
  module.datas.forEach((d, i) => {
    here = d.offset;
    if (d.mode.kind !== "active") return;
    const what = named("data", i, d.name);
    const memory = d.mode.memory;
    if (memory.entity !== "memory") error(`${what}: unknown memory ${memory.index}`);
    else constExpr(d.mode.offset, memory.limits.addressType === "i64" ? I64 : I32, everyGlobal, what);
  });

  function checkElem(e: Elem, what: string): void {
    const type = elemTypeCode(types, e);
    if (type < 0) {
      error(`${what}: unknown type in the element type`);
      return;
    }
    // Items of a shared type go into shared tables: they may read only shared globals.
    for (const item of e.items) constExpr(item, type, everyGlobal, what, isRef(type) && types.isSharedValue(type));
    if (e.mode.kind !== "active") return;
    const table = e.mode.table;
    if (table.entity !== "table") {
      error(`${what}: unknown table ${table.index}`);
      return;
    }
    constExpr(e.mode.offset, table.limits.addressType === "i64" ? I64 : I32, everyGlobal, what);
    const tableType = types.refTypeCode(table.elemType);
    if (tableType >= 0 && !types.sub(type, tableType)) error(`${what}: type mismatch: its elements do not fit the table`);
  }

  here = module.startOffset;
  if (module.start !== undefined) {
    const start = module.start;
    if (start.entity !== "func") error(`start: unknown function ${start.index}`);
    else {
      const t = funcTypes[s.funcs.indexOf(start)];
      if (t >= 0 && (types.params[t].length > 0 || types.results[t].length > 0)) error("start function must have type [] -> []");
    }
  }

  const exportNames = new Set<string>();
  for (const exp of module.exports) {
    here = exp.offset;
    if (exportNames.has(exp.name)) error(`duplicate export name "${exp.name}"`);
    exportNames.add(exp.name);
    if (exp.target.entity === "dangling") error(`export "${exp.name}": unknown ${exp.kind === "func" ? "function" : exp.kind} ${exp.target.index}`);
  }

  here = undefined;
  if (options.bodiesChecked) return;
  const importedFuncs = s.funcs.length - module.funcs.length;
  module.funcs.forEach((func, k) => checkBody(ctx, func, importedFuncs + k, report));
}

function located(ins: Instr | undefined): Partial<Diagnostic> {
  if (ins === undefined) return {};
  return ins.offset !== undefined ? { offset: ins.offset, instr: ins.op.name } : { instr: ins.op.name };
}

function checkLimits(
  limits: Table["limits"],
  max: bigint | undefined,
  what: string,
  limitMessage: string,
  error: (message: string) => void,
): void {
  if (max !== undefined && (limits.min > max || (limits.max !== undefined && limits.max > max))) error(`${what}: ${limitMessage}`);
  if (limits.max !== undefined && limits.min > limits.max) error(`${what}: size minimum must not be greater than maximum`);
}

/**
 * C.refs: the functions `ref.func` may name in function bodies: those
 * exported, and those named outside function bodies (global, table and
 * segment initialisers and offsets).
 */
function declaredFuncs(module: Module): Set<Func> {
  const out = new Set<Func>();
  const scan = (instrs: Instr[] | undefined): void => {
    if (instrs === undefined) return;
    for (const ins of instrs) if (ins.func !== undefined && ins.func.entity === "func") out.add(ins.func);
  };
  for (const g of module.globals) scan(g.init);
  for (const t of module.tables) scan(t.init);
  for (const e of module.elems) {
    for (const item of e.items) scan(item);
    if (e.mode.kind === "active") scan(e.mode.offset);
  }
  for (const d of module.datas) if (d.mode.kind === "active") scan(d.mode.offset);
  for (const exp of module.exports) if (exp.target.entity === "func") out.add(exp.target);
  return out;
}
