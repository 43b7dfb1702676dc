/**
 * The type index space as the decoder reads it: the type section (recursion
 * groups, sub types, function/struct/array/continuation types) and every value, reference,
 * heap, storage and block type elsewhere in the binary.
 *
 * Type indices become the `TypeDef` they denote, or `Dangling` when out of
 * range. Inside the type section a type may name a later one (recursive
 * groups do, and invalid modules may point anywhere), so references past the
 * types read so far are collected and bound once the section is complete.
 */
import type {
  AbsHeapType,
  BlockType,
  CompType,
  Dangling,
  FieldType,
  HeapType,
  NumType,
  PackedType,
  RecGroup,
  RefType,
  StorageType,
  TypeDef,
  TypeRef,
  ValType,
} from "../module/model.js";
import { mappedList, objectList } from "../module/empty.js";
import { EXACT_HEAP, SHARED_PREFIX } from "./encode-code.js";
import type { Reader } from "./reader.js";

/** Abstract heap types by their one-byte code (also the short `(ref null ht)` value types). */
const ABS_HEAP: Readonly<Record<number, AbsHeapType>> = {
  0x68: "cont",
  0x69: "exn",
  0x6a: "array",
  0x6b: "struct",
  0x6c: "i31",
  0x6d: "eq",
  0x6e: "any",
  0x6f: "extern",
  0x70: "func",
  0x71: "none",
  0x72: "noextern",
  0x73: "nofunc",
  0x74: "noexn",
  0x75: "nocont",
};

const NUM_TYPE: Readonly<Record<number, NumType>> = { 0x7f: "i32", 0x7e: "i64", 0x7d: "f32", 0x7c: "f64", 0x7b: "v128" };
const PACKED_TYPE: Readonly<Record<number, PackedType>> = { 0x78: "i8", 0x77: "i16" };

const REF_NULL = 0x63;
const REF = 0x64;
const EMPTY_BLOCK_CODE = 0x40;

/** One shared object per short form: they are immutable and the most common reference types by far. */
const SHORT_REF: Readonly<Record<number, RefType>> = Object.fromEntries(
  Object.entries(ABS_HEAP).map(([code, heap]) => [code, { nullable: true, heap }]),
);

const EMPTY_BLOCK: BlockType = { kind: "empty" };

/** Block types of one value type that is a single byte, shared like the short reference types. */
const ONE_BYTE_BLOCK: Readonly<Record<number, BlockType>> = Object.fromEntries(
  [...Object.entries(NUM_TYPE), ...Object.entries(SHORT_REF)].map(([code, type]) => [code, { kind: "value", type }]),
);

/** Value types are bytes; a single-byte s33 is that byte minus 0x80, which is how heap and block types share codes with them. */
const S33_BYTE_BIAS = 0x80;

export function dangling(index: number): Dangling {
  return { entity: "dangling", index };
}

export class TypeSpace {
  readonly defs: TypeDef[] = [];
  /** Placeholders for references past the types read so far, while the type section is read. */
  private forward: Dangling[] | null = null;

  constructor(private readonly r: Reader) {}

  ref(index: number): TypeRef {
    const def = this.defs[index];
    if (def !== undefined) return def;
    const d = dangling(index);
    if (this.forward !== null) this.forward.push(d);
    return d;
  }

  /** The type section: recursion groups, each an explicit `rec` or a single sub type. */
  readSection(): RecGroup[] {
    const r: Reader = this.r;
    const groups: RecGroup[] = [];
    this.forward = [];
    const n = r.count();
    if (n === 0) r.offCanonical = true;
    for (let i = 0; i < n; i++) {
      if (r.peek() === 0x4e) {
        r.pos++;
        const size = r.count();
        const group: RecGroup = { types: [], explicit: true };
        for (let k = 0; k < size; k++) group.types.push(this.subType());
        groups.push(group);
      } else {
        groups.push({ types: [this.subType()], explicit: false });
      }
    }
    if (this.forward.length > 0) this.bindForward();
    this.forward = null;
    return groups;
  }

  private subType(): TypeDef {
    const r: Reader = this.r;
    const at = r.pos;
    const lead = r.byte();
    let final = true;
    let explicitSub = false;
    const supertypes = objectList<TypeRef>();
    let compCode = lead;
    if (lead === 0x50 || lead === 0x4f) {
      final = lead === 0x4f;
      explicitSub = true;
      const n = r.count();
      for (let k = 0; k < n; k++) supertypes.push(this.ref(r.u32()));
      // A final type without supertypes is written without the prefix.
      if (final && n === 0) r.offCanonical = true;
      compCode = r.byte();
    }
    // custom-descriptors: `0x4c describes` then `0x4d descriptor`, each at most once and in this order.
    let describes: TypeRef | undefined;
    let descriptor: TypeRef | undefined;
    if (compCode === 0x4c) {
      describes = this.ref(r.u32());
      compCode = r.byte();
    }
    if (compCode === 0x4d) {
      descriptor = this.ref(r.u32());
      compCode = r.byte();
    }
    const shared = compCode === SHARED_PREFIX;
    if (shared) compCode = r.byte();
    // Every member set, the absent ones undefined, and `name` (the name section's, set later) with them: types of one shape.
    const def: TypeDef = {
      entity: "type",
      name: undefined,
      final,
      supertypes,
      describes,
      descriptor,
      shared: shared ? true : undefined,
      comp: this.compType(compCode, at),
      explicitSub,
      index: this.defs.length,
    };
    this.defs.push(def);
    return def;
  }

  private compType(code: number, at: number): CompType {
    const r: Reader = this.r;
    switch (code) {
      case 0x60: {
        const params = this.valTypes();
        return { kind: "func", params, results: this.valTypes() };
      }
      case 0x5f: {
        const n = r.count();
        const fields: FieldType[] = [];
        for (let k = 0; k < n; k++) fields.push(this.fieldType());
        return { kind: "struct", fields };
      }
      case 0x5e:
        return { kind: "array", element: this.fieldType() };
      case 0x5d:
        return { kind: "cont", func: this.ref(r.u32()) };
      default:
        return r.fail("malformed definition type", at, `0x${code.toString(16)}`);
    }
  }

  private fieldType(): FieldType {
    const type = this.storageType();
    return { type, mutable: this.mutability() };
  }

  /** A mutability flag: 0 const, 1 var. */
  mutability(): boolean {
    const at = this.r.pos;
    const b = this.r.byte();
    if (b > 1) this.r.fail("malformed mutability", at);
    return b === 1;
  }

  /** A global's flags: bit 0 mutable, bit 1 shared (shared-everything threads). */
  globalFlags(): { mutable: boolean; shared: boolean } {
    const at = this.r.pos;
    const b = this.r.byte();
    if (b > 3) this.r.fail("malformed mutability", at);
    return { mutable: (b & 1) !== 0, shared: (b & 2) !== 0 };
  }

  /** Replaces forward placeholders with the types they name, now that all are known. */
  private bindForward(): void {
    const pending = new Set<HeapType>(this.forward);
    const bind = <T extends TypeRef>(t: T): TypeRef => (pending.has(t) ? this.defs[t.index] ?? t : t);
    const val = <T extends StorageType>(t: T): T =>
      typeof t === "object" && pending.has(t.heap) ? ({ ...t, heap: bind(t.heap as TypeRef) } as T) : t;
    for (const def of this.defs) {
      def.supertypes = mappedList(def.supertypes, bind);
      if (def.describes !== undefined) def.describes = bind(def.describes);
      if (def.descriptor !== undefined) def.descriptor = bind(def.descriptor);
      const c = def.comp;
      if (c.kind === "func") {
        c.params = mappedList(c.params, val);
        c.results = mappedList(c.results, val);
      } else if (c.kind === "struct") {
        for (const f of c.fields) f.type = val(f.type);
      } else if (c.kind === "cont") {
        c.func = bind(c.func);
      } else {
        c.element.type = val(c.element.type);
      }
    }
  }

  valTypes(): ValType[] {
    const n = this.r.count();
    const out = objectList<ValType>();
    for (let k = 0; k < n; k++) out.push(this.valType());
    return out;
  }

  valType(): ValType {
    const r: Reader = this.r;
    const at = r.pos;
    const b = r.byte();
    const num = NUM_TYPE[b];
    if (num !== undefined) return num;
    return this.refTypeFrom(b, at, "malformed value type");
  }

  storageType(): StorageType {
    const r: Reader = this.r;
    const at = r.pos;
    const b = r.byte();
    const t = NUM_TYPE[b] ?? PACKED_TYPE[b];
    if (t !== undefined) return t;
    return this.refTypeFrom(b, at, "malformed storage type");
  }

  refType(): RefType {
    const r: Reader = this.r;
    const at = r.pos;
    return this.refTypeFrom(r.byte(), at, "malformed reference type");
  }

  /** A reference type whose first byte `b` (at `at`) has been read. */
  private refTypeFrom(b: number, at: number, reason: string): RefType {
    const short = SHORT_REF[b];
    if (short !== undefined) return short;
    if (b === REF) return this.refTo(false);
    if (b === REF_NULL) {
      const t = this.refTo(true);
      // A nullable abstract heap type has a one-byte form, which the encoder writes.
      if (typeof t.heap === "string") this.r.offCanonical = true;
      return t;
    }
    if (b === SHARED_PREFIX) return { nullable: true, heap: this.absHeapType(), shared: true };
    return this.r.fail(reason, at, `0x${b.toString(16)}`);
  }

  /**
   * A reference to a heap type that may be exact (custom-descriptors: 0x62,
   * then a type index) or shared (shared-everything threads: 0x65, then an
   * abstract heap type).
   */
  refTo(nullable: boolean): RefType {
    const r: Reader = this.r;
    if (r.peek() === SHARED_PREFIX) {
      r.byte();
      return { nullable, heap: this.absHeapType(), shared: true };
    }
    if (r.peek() !== EXACT_HEAP) return { nullable, heap: this.heapType() };
    r.byte();
    const at = r.pos;
    const n = r.s33();
    if (n < 0) r.fail("malformed heap type", at);
    return { nullable, heap: this.ref(n), exact: true };
  }

  /** A heap type: an abstract one by its (negative s33) code, or a type index. */
  heapType(): HeapType {
    const r: Reader = this.r;
    const at = r.pos;
    const n = r.s33();
    if (n >= 0) return this.ref(n);
    const abs = ABS_HEAP[n + S33_BYTE_BIAS];
    if (abs === undefined) r.fail("malformed heap type", at);
    return abs;
  }

  /** An abstract heap type, where no type index may stand. */
  private absHeapType(): AbsHeapType {
    const r: Reader = this.r;
    const at = r.pos;
    const abs = ABS_HEAP[r.byte()];
    if (abs === undefined) r.fail("malformed heap type", at);
    return abs;
  }

  /** A block type: empty, one value type, or a type index (s33). */
  blockType(): BlockType {
    const r: Reader = this.r;
    const b = r.peek();
    if (b === EMPTY_BLOCK_CODE) {
      r.pos++;
      return EMPTY_BLOCK;
    }
    const oneByte = ONE_BYTE_BLOCK[b];
    if (oneByte !== undefined) {
      r.pos++;
      return oneByte;
    }
    if (b === REF_NULL || b === REF || b === SHARED_PREFIX) return { kind: "value", type: this.valType() };
    const at = r.pos;
    const n = r.s33();
    if (n < 0) r.fail("malformed block type", at);
    return { kind: "type", type: this.ref(n) };
  }
}
