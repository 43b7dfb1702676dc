/**
 * Types as small integers, and the module's defined types canonicalised.
 *
 * The validator's operand stack holds value type codes: numbers, vectors and
 * packed storage types are 1..7, a reference type is `REF_BASE + 4 * heap +
 * 2 * exact + nullable` (exact: custom-descriptors), where `heap` is an abstract heap type (0..13), a
 * shared one (`SHARED +` that, shared-everything threads) or `DEFINED +` the
 * canonical index of a defined type. Two defined types get the same
 * canonical index exactly when they are equivalent under iso-recursive
 * type equivalence (their recursion groups are structurally the same, with
 * references inside the group by position and outside it by canonical
 * index), so type equality is integer equality and subtyping walks the
 * declared supertype chain.
 */
import type { AbsHeapType, CompType, FieldType, HeapType, Module, RefType, StorageType, TypeDef, TypeRef, ValType } from "../module/model.js";

/** The unknown type of a value popped from a stack-polymorphic (unreachable) stack: a subtype of everything. */
export const BOT = 0;
export const I32 = 1;
export const I64 = 2;
export const F32 = 3;
export const F64 = 4;
export const V128 = 5;
export const I8 = 6;
export const I16 = 7;
export const REF_BASE = 8;

export const H_FUNC = 0;
export const H_NOFUNC = 1;
export const H_EXTERN = 2;
export const H_NOEXTERN = 3;
export const H_ANY = 4;
export const H_EQ = 5;
export const H_I31 = 6;
export const H_STRUCT = 7;
export const H_ARRAY = 8;
export const H_NONE = 9;
export const H_EXN = 10;
export const H_NOEXN = 11;
export const H_CONT = 12;
export const H_NOCONT = 13;
/** The heap type of a reference whose type is unknown (unreachable code): below every heap type, of no hierarchy. */
export const H_BOT = 14;
/** Shared abstract heap types (shared-everything threads) are `SHARED +` their unshared code: a hierarchy of their own. */
export const SHARED = 16;
/**
 * `EITHER +` an abstract code: shared or not, unknown (what a conversion of
 * an unknown value in unreachable code gives): a subtype of what either
 * would be a subtype of.
 */
export const EITHER = 32;
/** Heap codes from here on are defined types: `DEFINED + canonical index`. */
export const DEFINED = 48;

export const KIND_FUNC = 0;
export const KIND_STRUCT = 1;
export const KIND_ARRAY = 2;
export const KIND_CONT = 3;

const ABSTRACT: Readonly<Record<AbsHeapType, number>> = {
  func: H_FUNC,
  nofunc: H_NOFUNC,
  extern: H_EXTERN,
  noextern: H_NOEXTERN,
  any: H_ANY,
  eq: H_EQ,
  i31: H_I31,
  struct: H_STRUCT,
  array: H_ARRAY,
  none: H_NONE,
  exn: H_EXN,
  noexn: H_NOEXN,
  cont: H_CONT,
  nocont: H_NOCONT,
};
const ABSTRACT_NAMES = Object.keys(ABSTRACT) as AbsHeapType[];
const NUM_CODES: Readonly<Record<string, number>> = { i32: I32, i64: I64, f32: F32, f64: F64, v128: V128, i8: I8, i16: I16 };
const NUM_NAMES = ["", "i32", "i64", "f32", "f64", "v128", "i8", "i16"];

export function refCode(heap: number, nullable: boolean, exact = false): number {
  return REF_BASE + heap * 4 + (exact ? 2 : 0) + (nullable ? 1 : 0);
}
export function isRef(code: number): boolean {
  return code >= REF_BASE;
}
export function heapOf(code: number): number {
  return (code - REF_BASE) >> 2;
}
export function isExact(code: number): boolean {
  return ((code - REF_BASE) & 2) === 2;
}
export function isNullable(code: number): boolean {
  return ((code - REF_BASE) & 1) === 1;
}
/** Packed storage types read as i32. */
export function unpacked(code: number): number {
  return code === I8 || code === I16 ? I32 : code;
}
/** A type with a default value: numbers, vectors and nullable references. */
export function defaultable(code: number): boolean {
  return code < REF_BASE || isNullable(code);
}

/** A type problem found while building the table; `at` is the type's index. */
export type TypeProblem = (message: string, at: number) => void;

export class TypeTable {
  /** Every defined type in index order, and each one's index. */
  readonly defs: TypeDef[] = [];
  private readonly indexOf = new Map<TypeDef, number>();
  /** Per type index: the canonical index (the first equivalent type). */
  readonly canon: Int32Array;
  /** Per canonical index (only those entries are read): kind, supertype (canonical, or -1), finality. */
  readonly kind: Uint8Array;
  readonly superOf: Int32Array;
  readonly final: Uint8Array;
  /** Per type index: 1 when the type names a type that does not exist (reported once, by the constructor). */
  readonly broken: Uint8Array;
  /** Per type index (custom-descriptors): the type index of its descriptor type, and of the type it describes; -1 for none. */
  readonly descriptorOf: Int32Array;
  readonly describesOf: Int32Array;
  /** Per type index: function params and results, struct fields or the array element (storage codes), and their mutability. */
  readonly params: Int32Array[] = [];
  readonly results: Int32Array[] = [];
  readonly fields: Int32Array[] = [];
  readonly mutable: Uint8Array[] = [];
  /** Per type index of a continuation type: the heap code of its function type, or -1 when that is missing. */
  readonly contFunc: Int32Array;
  /** Per type index (shared-everything threads): 1 for a shared type. */
  readonly shared: Uint8Array;

  constructor(module: Module, problem: TypeProblem) {
    for (const group of module.types) {
      for (const def of group.types) {
        this.indexOf.set(def, this.defs.length);
        this.defs.push(def);
      }
    }
    const n = this.defs.length;
    this.canon = new Int32Array(n).fill(-1);
    this.kind = new Uint8Array(n);
    this.superOf = new Int32Array(n).fill(-1);
    this.final = new Uint8Array(n);
    this.broken = new Uint8Array(n);
    this.contFunc = new Int32Array(n).fill(-1);
    this.shared = new Uint8Array(n);
    this.descriptorOf = new Int32Array(n).fill(-1);
    this.describesOf = new Int32Array(n).fill(-1);
    const groups = new Map<string, number>();
    let start = 0;
    for (const group of module.types) {
      const end = start + group.types.length;
      const key = group.types.map((def, i) => this.defKey(def, start + i, start, end, problem)).join(";");
      const known = groups.get(key);
      for (let i = 0; i < group.types.length; i++) this.canon[start + i] = known !== undefined ? known + i : start + i;
      if (known === undefined) groups.set(key, start);
      for (let i = start; i < end; i++) this.describe(i);
      start = end;
    }
  }

  /** The index of a bound type, or -1 for a dangling one (or a type from another module). */
  index(ref: TypeRef): number {
    if (ref.entity !== "type") return -1;
    return this.indexOf.get(ref) ?? -1;
  }

  /** The heap code of a defined type, or -1. */
  definedHeap(ref: TypeRef): number {
    const i = this.index(ref);
    return i < 0 ? -1 : DEFINED + this.canon[i];
  }

  heapCode(heap: HeapType, shared = false): number {
    if (typeof heap === "string") return shared ? SHARED + ABSTRACT[heap] : ABSTRACT[heap];
    return this.definedHeap(heap);
  }

  /** The code of a value or storage type, or -1 when it names a type that does not exist. */
  code(type: StorageType): number {
    if (typeof type === "string") return NUM_CODES[type];
    return this.refTypeCode(type);
  }

  refTypeCode(type: RefType): number {
    const heap = this.heapCode(type.heap, type.shared);
    return heap < 0 ? -1 : refCode(heap, type.nullable, type.exact);
  }

  /** Codes of a list of value types, or null when one of them names a missing type. */
  codes(types: readonly ValType[]): Int32Array | null {
    const out = new Int32Array(types.length);
    for (let i = 0; i < types.length; i++) {
      const c = this.code(types[i]);
      if (c < 0) return null;
      out[i] = c;
    }
    return out;
  }

  // -------------------------------------------------------------------------
  // Subtyping

  /** Whether `a` is a subtype of `b` (value or storage codes). */
  sub(a: number, b: number): boolean {
    if (a === b || a === BOT) return true;
    if (a < REF_BASE || b < REF_BASE) return false;
    if (isNullable(a) && !isNullable(b)) return false;
    // An exact type has no strict subtypes but the bottom of its hierarchy.
    if (isExact(b) && !isExact(a) && !this.isBottom(heapOf(a))) return false;
    if (isExact(b) && heapOf(a) !== heapOf(b)) return this.isBottom(heapOf(a)) && this.heapSub(heapOf(a), heapOf(b));
    return this.heapSub(heapOf(a), heapOf(b));
  }

  isBottom(heap: number): boolean {
    if (heap >= SHARED && heap < DEFINED) heap %= SHARED;
    return heap === H_BOT || heap === H_NONE || heap === H_NOFUNC || heap === H_NOEXTERN || heap === H_NOEXN;
  }

  heapSub(a: number, b: number): boolean {
    if (a === b || a === H_BOT) return true;
    if (a >= EITHER && a < DEFINED) return this.heapSub(a - EITHER, b) || this.heapSub(a - EITHER + SHARED, b);
    // Shared and unshared types are two hierarchies with the same shape.
    if (this.isShared(a) !== this.isShared(b)) return false;
    if (a >= SHARED && a < DEFINED) a -= SHARED;
    if (b >= SHARED && b < DEFINED) b -= SHARED;
    if (a >= DEFINED) {
      if (b >= DEFINED) {
        for (let t = this.superOf[a - DEFINED]; t >= 0; t = this.superOf[t]) if (t === b - DEFINED) return true;
        return false;
      }
      const kind = this.kind[a - DEFINED];
      if (kind === KIND_FUNC) return b === H_FUNC;
      if (kind === KIND_CONT) return b === H_CONT;
      const abstract = kind === KIND_STRUCT ? H_STRUCT : H_ARRAY;
      return b === abstract || b === H_EQ || b === H_ANY;
    }
    switch (a) {
      case H_NONE:
        return (
          b === H_ANY || b === H_EQ || b === H_I31 || b === H_STRUCT || b === H_ARRAY ||
          (b >= DEFINED && (this.kind[b - DEFINED] === KIND_STRUCT || this.kind[b - DEFINED] === KIND_ARRAY))
        );
      case H_NOFUNC:
        return b === H_FUNC || (b >= DEFINED && this.kind[b - DEFINED] === KIND_FUNC);
      case H_NOEXTERN:
        return b === H_EXTERN;
      case H_NOEXN:
        return b === H_EXN;
      case H_NOCONT:
        return b === H_CONT || (b >= DEFINED && this.kind[b - DEFINED] === KIND_CONT);
      case H_I31:
      case H_STRUCT:
      case H_ARRAY:
        return b === H_EQ || b === H_ANY;
      case H_EQ:
        return b === H_ANY;
      default:
        return false;
    }
  }

  /** Whether a value, storage or heap code is shared (shared-everything threads): numbers are, references when their heap type is. */
  isSharedValue(code: number): boolean {
    return code < REF_BASE || this.isShared(heapOf(code));
  }

  isShared(heap: number): boolean {
    if (heap >= DEFINED) return this.shared[heap - DEFINED] === 1;
    return heap >= SHARED && heap < EITHER;
  }

  /** The top of a heap type's hierarchy: func, extern, any, exn or cont, shared or not. */
  topOf(heap: number): number {
    if (heap >= EITHER && heap < DEFINED) return EITHER + this.unsharedTopOf(heap - EITHER);
    return this.isShared(heap) ? SHARED + this.unsharedTopOf(heap >= DEFINED ? heap : heap - SHARED) : this.unsharedTopOf(heap);
  }

  private unsharedTopOf(heap: number): number {
    if (heap >= DEFINED) {
      const kind = this.kind[heap - DEFINED];
      return kind === KIND_FUNC ? H_FUNC : kind === KIND_CONT ? H_CONT : H_ANY;
    }
    switch (heap) {
      case H_FUNC:
      case H_NOFUNC:
        return H_FUNC;
      case H_EXTERN:
      case H_NOEXTERN:
        return H_EXTERN;
      case H_EXN:
      case H_NOEXN:
        return H_EXN;
      case H_CONT:
      case H_NOCONT:
        return H_CONT;
      default:
        return H_ANY;
    }
  }

  /** Kind of a heap code's defined type (KIND_*), or -1 for abstract heap types. */
  kindOfHeap(heap: number): number {
    return heap >= DEFINED ? this.kind[heap - DEFINED] : -1;
  }

  /** The type index a heap code names (its canonical representative). */
  static typeIndexOf(heap: number): number {
    return heap - DEFINED;
  }

  /** A code in text form, for messages. */
  name(code: number): string {
    if (code === BOT) return "any value";
    if (code < REF_BASE) return NUM_NAMES[code];
    const heap = heapOf(code);
    if (heap === H_BOT) return isNullable(code) ? "(ref null bot)" : "(ref bot)";
    const defined = heap >= DEFINED ? String(heap - DEFINED) : heap >= SHARED && heap < EITHER ? `(shared ${ABSTRACT_NAMES[heap - SHARED]})` : ABSTRACT_NAMES[heap % SHARED];
    const heapName = isExact(code) ? `(exact ${defined})` : defined;
    return isNullable(code) ? `(ref null ${heapName})` : `(ref ${heapName})`;
  }

  // -------------------------------------------------------------------------
  // Building

  /**
   * The structure of a type for the canonicalisation key: types of its own
   * group by position (`r0`), others by canonical index (`c3`). A type
   * index at or past the group's end is unknown here (types may refer
   * forward only inside their own group).
   */
  private defKey(def: TypeDef, self: number, start: number, end: number, problem: TypeProblem): string {
    const ref = (t: TypeRef): string => {
      const i = this.index(t);
      if (i < 0) {
        problem(`unknown type ${t.entity === "dangling" ? t.index : "(from another module)"}`, self);
        return "?";
      }
      if (i >= end) {
        problem(`unknown type ${i}: types may refer forward only inside their recursion group`, self);
        return "?";
      }
      return i >= start ? `r${i - start}` : `c${this.canon[i]}`;
    };
    const heap = (h: HeapType): string => (typeof h === "string" ? h : ref(h));
    const storage = (t: StorageType): string => (typeof t === "string" ? t : `${t.nullable ? "n" : ""}${t.exact ? "x" : ""}${t.shared ? "s" : ""}(${heap(t.heap)})`);
    const field = (f: FieldType): string => `${f.mutable ? "m" : ""}${storage(f.type)}`;
    const comp = (c: CompType): string => {
      if (c.kind === "func") return `f[${c.params.map(storage).join(",")}][${c.results.map(storage).join(",")}]`;
      if (c.kind === "struct") return `s[${c.fields.map(field).join(",")}]`;
      if (c.kind === "cont") return `k[${ref(c.func)}]`;
      return `a[${field(c.element)}]`;
    };
    if (def.supertypes.length > 1) problem("a type can have at most one supertype", self);
    const supers = def.supertypes.map((s) => {
      const i = this.index(s);
      if (i >= self) problem(`unknown type ${i}: a supertype must be defined before its subtype`, self);
      return ref(s);
    });
    const clauses = `${def.describes ? `d>${ref(def.describes)}` : ""}${def.descriptor ? `d<${ref(def.descriptor)}` : ""}`;
    return `${def.final ? "F" : "O"}<${supers.join(",")}>${clauses}${def.shared ? "S" : ""}${comp(def.comp)}`;
  }

  /** Fills the per-index arrays of type `i` once the canonical indices of its group are known. */
  private describe(i: number): void {
    const def = this.defs[i];
    const c = def.comp;
    this.final[i] = def.final ? 1 : 0;
    this.shared[i] = def.shared ? 1 : 0;
    const superIndex = def.supertypes.length > 0 ? this.index(def.supertypes[0]) : -1;
    this.superOf[i] = superIndex >= 0 && superIndex < i ? this.canon[superIndex] : -1;
    if (def.descriptor !== undefined) this.descriptorOf[i] = this.index(def.descriptor);
    if (def.describes !== undefined) this.describesOf[i] = this.index(def.describes);
    const bad = (t: StorageType): number => {
      const c = this.code(t);
      if (c >= 0) return c;
      this.broken[i] = 1;
      return BOT;
    };
    if (c.kind === "func") {
      this.kind[i] = KIND_FUNC;
      this.params[i] = Int32Array.from(c.params, bad);
      this.results[i] = Int32Array.from(c.results, bad);
    } else if (c.kind === "cont") {
      this.kind[i] = KIND_CONT;
      const f = this.index(c.func);
      if (f >= 0 && this.canon[f] >= 0) this.contFunc[i] = DEFINED + this.canon[f];
      else this.broken[i] = 1;
    } else {
      const fields = c.kind === "struct" ? c.fields : [c.element];
      this.kind[i] = c.kind === "struct" ? KIND_STRUCT : KIND_ARRAY;
      this.fields[i] = Int32Array.from(fields, (f) => bad(f.type));
      this.mutable[i] = Uint8Array.from(fields, (f) => (f.mutable ? 1 : 0));
    }
  }

  /** Checks that each declared supertype is open, of the same kind, and matched by the subtype. */
  checkSubtypes(problem: TypeProblem): void {
    for (let i = 0; i < this.defs.length; i++) {
      const def = this.defs[i];
      if (def.supertypes.length === 0) continue;
      const s = this.index(def.supertypes[0]);
      if (s < 0 || s >= i) continue;
      if (this.final[s]) {
        problem(`sub type ${i} does not match super type ${s}: the supertype is final`, i);
        continue;
      }
      if (this.shared[i] !== this.shared[s]) problem(`sub type ${i} does not match super type ${s}: one is shared and the other is not`, i);
      else if (!this.compMatches(i, s)) problem(`sub type ${i} does not match super type ${s}`, i);
    }
  }

  /** Shared-everything threads: a shared composite type refers only to shared types, so its values never lead to unshared ones. */
  checkShared(problem: TypeProblem): void {
    for (let i = 0; i < this.defs.length; i++) {
      if (this.shared[i] === 0 || this.broken[i] === 1) continue;
      const parts = this.kind[i] === KIND_FUNC ? [this.params[i], this.results[i]] : this.kind[i] === KIND_CONT ? [Int32Array.of(refCode(this.contFunc[i], false))] : [this.fields[i]];
      if (parts.some((codes) => codes.some((c) => !this.isSharedValue(c)))) problem("shared composite type must contain shared types", i);
    }
  }

  /** Checks that each continuation type names a function type. */
  checkContinuations(problem: TypeProblem): void {
    for (let i = 0; i < this.defs.length; i++) {
      if (this.kind[i] !== KIND_CONT || this.contFunc[i] < 0) continue;
      if (this.kind[this.contFunc[i] - DEFINED] !== KIND_FUNC) problem("a continuation type must name a function type", i);
    }
  }

  /**
   * custom-descriptors: clauses only on structs, inside the type's recursion
   * group, agreeing with each other (`describes` only of an earlier type, so
   * no type is in its own chain), and kept by subtypes as the proposal says.
   */
  checkDescriptors(module: Module, problem: TypeProblem): void {
    let start = 0;
    for (const group of module.types) {
      const end = start + group.types.length;
      for (let i = start; i < end; i++) {
        const def = this.defs[i];
        const descriptor = this.descriptorOf[i];
        const describes = this.describesOf[i];
        if ((descriptor >= 0 || describes >= 0) && def.comp.kind !== "struct") problem(`only a struct type can have a descriptor or describe a type`, i);
        if (descriptor >= 0) {
          if (descriptor < start || descriptor >= end) problem(`descriptor type is outside rec group`, i);
          else if (this.describesOf[descriptor] !== i) problem(`its descriptor type ${descriptor} does not describe it`, i);
        }
        if (describes >= 0) {
          if (describes < start || describes >= end) problem(`described type is outside rec group`, i);
          else if (describes >= i) problem(`a type can only describe an earlier type`, i);
          else if (this.descriptorOf[describes] !== i) problem(`the type it describes, ${describes}, has another descriptor`, i);
        }
        const s = def.supertypes.length > 0 ? this.index(def.supertypes[0]) : -1;
        if (s < 0 || s >= i) continue;
        const superDescriptor = this.descriptorOf[s];
        if (superDescriptor >= 0 && (descriptor < 0 || !this.heapSub(DEFINED + this.canon[descriptor], DEFINED + this.canon[superDescriptor]))) {
          problem(`sub type ${i} does not match super type ${s}: its descriptor must be a subtype of the supertype's descriptor`, i);
        }
        const superDescribes = this.describesOf[s];
        if ((describes >= 0) !== (superDescribes >= 0)) problem(`sub type ${i} does not match super type ${s}: both or neither must describe a type`, i);
        else if (describes >= 0 && !this.heapSub(DEFINED + this.canon[describes], DEFINED + this.canon[superDescribes])) {
          problem(`described type ${describes} does not match the supertype's described type ${superDescribes}`, i);
        }
      }
      start = end;
    }
  }

  private compMatches(sub: number, sup: number): boolean {
    const kind = this.kind[sub];
    if (kind !== this.kind[sup]) return false;
    if (kind === KIND_CONT) return this.contFunc[sub] >= 0 && this.contFunc[sup] >= 0 && this.heapSub(this.contFunc[sub], this.contFunc[sup]);
    if (kind === KIND_FUNC) {
      const p1 = this.params[sub];
      const p2 = this.params[sup];
      const r1 = this.results[sub];
      const r2 = this.results[sup];
      if (p1.length !== p2.length || r1.length !== r2.length) return false;
      for (let k = 0; k < p1.length; k++) if (!this.sub(p2[k], p1[k])) return false;
      for (let k = 0; k < r1.length; k++) if (!this.sub(r1[k], r2[k])) return false;
      return true;
    }
    const f1 = this.fields[sub];
    const f2 = this.fields[sup];
    if (kind === KIND_ARRAY ? f1.length !== f2.length : f1.length < f2.length) return false;
    const m1 = this.mutable[sub];
    const m2 = this.mutable[sup];
    for (let k = 0; k < f2.length; k++) {
      if (m1[k] !== m2[k]) return false;
      if (m2[k] ? f1[k] !== f2[k] : !this.sub(f1[k], f2[k])) return false;
    }
    return true;
  }
}
