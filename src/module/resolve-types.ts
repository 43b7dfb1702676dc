/**
 * The type index space and everything that reads types: value/ref/heap
 * types, type definitions and recursion groups, struct field names, and the
 * type-use abbreviation (`(param ...) (result ...)` without `(type x)`,
 * which reuses a matching function type or appends an implicit one).
 *
 * Stages, in the order `resolve.ts` calls them:
 *  1. `declare` every `type`/`rec` field (ids, field names, candidates);
 *  2. `expand` each type use without `(type x)`, in text order, choosing or
 *     appending its type; implicit types go after all explicit ones;
 *  3. `defineAll`: bind the bodies of all types (explicit and implicit);
 *  4. bind uses: `funcTypeUse`, `blockType`, `valType`, `fieldIndex`.
 */
import type {
  CompTypeNode,
  FieldNode,
  FieldTypeNode,
  HeapTypeNode,
  Id,
  ParamNode,
  RecField,
  Ref,
  RefTypeNode,
  ResultNode,
  SubTypeNode,
  TypeField,
  TypeUseNode,
  ValTypeNode,
} from "../syntax/ast.js";
import { fitted, mappedList, objectList } from "./empty.js";
import { type Context, refText, Space } from "./resolve-context.js";
import type {
  BlockType,
  CompType,
  FieldType,
  HeapType,
  RecGroup,
  RefType,
  TypeDef,
  TypeRef,
  ValType,
} from "./model.js";

/** A parameter as a type use gives it: its type and, in function definitions, its name. */
export interface ParamDecl {
  id?: Id;
  /** From `(@name "...")`. */
  name?: string;
  type: ValType;
}

const EMPTY_BLOCK: BlockType = { kind: "empty" };

export function paramTypes(params: readonly ParamNode[]): ValTypeNode[] {
  return flatTypes(params);
}

export function resultTypes(results: readonly ResultNode[]): ValTypeNode[] {
  return flatTypes(results);
}

function flatTypes(groups: readonly { types: ValTypeNode[] }[]): ValTypeNode[] {
  if (groups.length === 1) return groups[0].types;
  const out: ValTypeNode[] = [];
  for (const g of groups) for (const t of g.types) out.push(t);
  return out;
}

function countTypes(groups: readonly { types: ValTypeNode[] }[]): number {
  let n = 0;
  for (const g of groups) n += g.types.length;
  return n;
}

/**
 * The key under which a function type is found again by the type-use
 * abbreviation. It is the type as written: wasm-tools (the reference for our
 * bytes) matches `(ref $t)` and `(ref 0)` as different even when `$t` is 0;
 * both choices give equivalent types, so we follow its bytes.
 */
function funcKey(params: readonly { types: readonly ValTypeNode[] }[], results: readonly { types: readonly ValTypeNode[] }[]): string {
  return `${typesKey(params)} -> ${typesKey(results)}`;
}

/** The types of parameter or result declarations, space-separated: one key per function and type use, so no arrays are made for it. */
function typesKey(groups: readonly { types: readonly ValTypeNode[] }[]): string {
  let key = "";
  for (const group of groups) {
    for (const t of group.types) key = key === "" ? valKey(t) : `${key} ${valKey(t)}`;
  }
  return key;
}

/**
 * How each defined heap type of a function type's parameters and results,
 * in order, was written: the name of its `$id`, or its index.
 */
export type WrittenHeaps = readonly (string | number)[];

const NONE_WRITTEN: WrittenHeaps = [];

/**
 * `funcKey` of a resolved function type, its defined heap types named as
 * `written` says; undefined when it does not say (a type made otherwise
 * never matches a written one).
 */
function funcKeyOf(params: readonly ValType[], results: readonly ValType[], written = NONE_WRITTEN): string | undefined {
  let w = 0;
  const key = (t: ValType): string | undefined => {
    if (typeof t === "string") return t;
    let heap: string;
    if (typeof t.heap === "string") {
      heap = t.shared ? `shared ${t.heap}` : t.heap;
    } else {
      const as = written[w++];
      if (as === undefined) return undefined;
      const named = typeof as === "string" ? `$${JSON.stringify(as)}` : `#${as}`;
      heap = t.exact ? `exact ${named}` : named;
    }
    return t.nullable ? `null ${heap}` : heap;
  };
  const p = params.map(key);
  const r = results.map(key);
  if (p.includes(undefined) || r.includes(undefined)) return undefined;
  return `${p.join(" ")} -> ${r.join(" ")}`;
}

function valKey(t: ValTypeNode): string {
  return t.kind === "num" ? t.type : refKey(t);
}

/** `valKey` of a reference type: apart, so that the keys of numeric types, nearly all, are compiled small where they are inlined. */
function refKey(t: RefTypeNode): string {
  const named = t.heap.kind === "abs" ? (t.heap.shared ? `shared ${t.heap.type}` : t.heap.type) : t.heap.kind === "id" ? `$${JSON.stringify(t.heap.name)}` : `#${t.heap.value}`;
  const heap = t.exact ? `exact ${named}` : named;
  return t.nullable ? `null ${heap}` : heap;
}

function placeholder(): CompType {
  return { kind: "func", params: objectList(), results: objectList() };
}

export class Types {
  readonly space: Space<TypeDef>;
  readonly groups: RecGroup[] = [];
  private readonly explicit: { def: TypeDef; node: SubTypeNode }[] = [];
  private readonly implicit: { def: TypeDef; use: TypeUseNode }[] = [];
  /** Where the type use that made each implicit type is: their order, which a body converted apart places its own in (`tentativeFor`). */
  private readonly madeAt = new Map<TypeDef, number>();
  /** The highest index a reference names by number: placing a type at or before it would change what that reference names. */
  private highestNumbered = -1;
  /** The types a body's uses wait to place (`tentativeFor`), in the order they take, with their keys. */
  private readonly tentative: { def: TypeDef; key: string }[] = [];
  /** Function types the abbreviation may reuse, by `funcKey`, first one wins. */
  private readonly byKey = new Map<string, TypeDef>();
  private readonly implicitFor = new Map<TypeUseNode, TypeDef>();
  /** Struct types' field ids (made on the first struct type). */
  private fieldIds: Map<TypeDef, Map<string, number>> | undefined;

  constructor(private readonly ctx: Context) {
    this.space = new Space<TypeDef>(ctx, "type");
  }

  /** A type of a base module (see `ResolveOptions.base`): in scope, and reusable by the abbreviation. */
  adopt(def: TypeDef, refusal?: string, named = true): void {
    this.space.adopt(def, refusal, named);
    if (named && def.comp.kind === "func" && def.final && def.supertypes.length === 0) {
      const key = funcKeyOf(def.comp.params, def.comp.results);
      if (key !== undefined && !this.byKey.has(key)) this.byKey.set(key, def);
    }
  }

  // -------------------------------------------------------------------------
  // 1. Declarations

  declare(field: TypeField | RecField): void {
    const explicitRec = field.kind === "rec";
    const group: RecGroup = { types: [], explicit: explicitRec };
    for (const t of explicitRec ? field.types : [field]) {
      const node = t.type;
      const def: TypeDef = {
        entity: "type",
        name: t.name ?? t.id?.name,
        final: !node.sub || node.final,
        supertypes: objectList(),
        comp: placeholder(),
        explicitSub: node.sub,
        index: 0,
        offset: t.start,
      };
      this.space.define(def, t.id);
      group.types.push(def);
      this.explicit.push({ def, node });
      if (node.comp.kind === "struct") this.declareFields(def, node.comp.fields);
      // The abbreviation means `(type (func ...))`: a final function type
      // without supertypes in a group of its own. (wasm-tools also reuses
      // non-final and subtyped function types, which changes the meaning;
      // we keep the spec's.)
      if (node.shared) def.shared = true;
      if (!explicitRec && node.comp.kind === "func" && def.final && node.supertypes.length === 0 && !node.shared) {
        const key = funcKey(node.comp.params, node.comp.results);
        if (!this.byKey.has(key)) this.byKey.set(key, def);
      }
    }
    this.groups.push(group);
  }

  private declareFields(def: TypeDef, fields: readonly FieldNode[]): void {
    const ids = new Map<string, number>();
    let index = 0;
    for (const f of fields) {
      if (f.id !== undefined) {
        if (ids.has(f.id.name)) this.ctx.fail(`duplicate field $${f.id.name}`, f.id.start);
        ids.set(f.id.name, index);
      }
      index += f.types.length;
    }
    (this.fieldIds ??= new Map()).set(def, ids);
  }

  // -------------------------------------------------------------------------
  // 2. The type-use abbreviation

  /** Records the type of a use written without `(type x)`: a matching one, or a new implicit type. */
  expand(use: TypeUseNode): void {
    if (use.type !== undefined || this.implicitFor.has(use)) return;
    const key = funcKey(use.params, use.results);
    let def = this.byKey.get(key);
    if (def === undefined) {
      // An implicit type is where the type use that made it is.
      def = { entity: "type", final: true, supertypes: objectList(), comp: placeholder(), explicitSub: false, index: 0, offset: use.start };
      this.space.define(def, undefined);
      this.groups.push({ types: [def], explicit: false });
      this.implicit.push({ def, use });
      this.byKey.set(key, def);
      this.madeAt.set(def, use.start);
    }
    this.implicitFor.set(use, def);
  }

  /**
   * The function type a use of these numeric or abstract types abbreviates,
   * when a function body converted apart from the skeleton (see
   * `resolveForBodies`) may take it: an explicit type, or an implicit one
   * made by a type use at or before `at`. One made later in the text would
   * go, in the whole text's order, after the types bodies before it make.
   */
  reusableFor(params: readonly ValType[], results: readonly ValType[], at: number, written?: WrittenHeaps): TypeDef | undefined {
    const key = funcKeyOf(params, results, written);
    const def = key === undefined ? undefined : this.byKey.get(key);
    return def === undefined || this.madeAfter(def, at) ? undefined : def;
  }

  /** Whether the type `use` was expanded to is an implicit one made by a type use after `at` (see `reusableFor`). */
  expandedLate(use: TypeUseNode, at: number): boolean {
    const def = this.implicitFor.get(use);
    return def !== undefined && this.madeAfter(def, at);
  }

  private madeAfter(def: TypeDef, at: number): boolean {
    return (this.madeAt.get(def) ?? -1) > at;
  }

  /**
   * The type a use of these numeric or abstract types abbreviates in a
   * body converted apart from the skeleton, whose function's type use is at
   * `at`, when `reusableFor` has none: the one whole-text resolution would
   * make for it, after every type made at or before `at` and before those
   * made later (which may include one of the same types, made later in the
   * skeleton; it moves up). Not placed yet: the body places the types it
   * waits on once written (`placeTentative`), or drops them when given up
   * on (`dropTentative`). `added`: whether the type was not waiting yet.
   * Undefined when it waits on no type and `make` is false, or when the
   * types cannot be placed for it: a type made later, or one of its own
   * heap types, is named by number, whose meaning placing may change.
   *
   * Only for a caller converting every body in order into this module,
   * with this use coming, in binary order, after every use that made a
   * type before it.
   */
  tentativeFor(
    params: readonly ValType[],
    results: readonly ValType[],
    at: number,
    make: boolean,
    written = NONE_WRITTEN,
  ): { def: TypeDef; index: number; added: boolean } | undefined {
    const key = funcKeyOf(params, results, written);
    if (key === undefined) return undefined;
    const place = this.placeAfter(at);
    const waiting = this.tentative.findIndex((t) => t.key === key);
    if (waiting >= 0) return { def: this.tentative[waiting].def, index: place + waiting, added: false };
    if (!make || place <= this.highestNumbered || written.some((as) => typeof as === "number")) return undefined;
    const later = this.byKey.get(key);
    const def = later ?? { ...funcTypeOf(params, results), offset: at };
    this.tentative.push({ def, key });
    return { def, index: place + this.tentative.length - 1, added: true };
  }

  /** Places the types the body at `at` waits on where `tentativeFor` said, renumbering the types after them. */
  placeTentative(at: number): void {
    if (this.tentative.length === 0) return;
    const place = this.placeAfter(at);
    // Implicit types are last in both lists, one per group.
    const groupOffset = this.groups.length - this.space.items.length;
    for (let k = 0; k < this.tentative.length; k++) {
      const { def, key } = this.tentative[k];
      const moved = this.madeAt.has(def);
      const group = moved ? this.groups.splice(def.index + groupOffset, 1)[0] : { types: [def], explicit: false };
      this.space.place(def, place + k, moved);
      this.groups.splice(place + k + groupOffset, 0, group);
      this.byKey.set(key, def);
      this.madeAt.set(def, at);
    }
    this.tentative.length = 0;
  }

  dropTentative(): void {
    this.tentative.length = 0;
  }

  /** Where a type made at `at` goes: after the types made at or before it. */
  private placeAfter(at: number): number {
    const items = this.space.items;
    let place = items.length;
    while (place > 0 && this.madeAfter(items[place - 1], at)) place--;
    return place;
  }

  /** Binds a type reference, noting the highest index named by number. */
  private bind(ref: Ref): TypeRef {
    if (ref.kind === "index" && ref.value > this.highestNumbered) this.highestNumbered = ref.value;
    return this.space.get(ref);
  }

  /** Whether a block type needs a type index (parameters, or more than one result). */
  static blockNeedsIndex(use: TypeUseNode): boolean {
    if (use.type !== undefined) return false;
    return countTypes(use.params) > 0 || countTypes(use.results) > 1;
  }

  // -------------------------------------------------------------------------
  // 3. Type bodies

  defineAll(): void {
    for (const { def, node } of this.explicit) {
      def.supertypes = mappedList(node.supertypes, (r) => this.bind(r));
      if (node.describes !== undefined) def.describes = this.bind(node.describes);
      if (node.descriptor !== undefined) def.descriptor = this.bind(node.descriptor);
      def.comp = this.compType(node.comp);
    }
    for (const { def, use } of this.implicit) {
      def.comp = {
        kind: "func",
        params: mappedList(paramTypes(use.params), (t) => this.valType(t)),
        results: mappedList(resultTypes(use.results), (t) => this.valType(t)),
      };
    }
  }

  private compType(node: CompTypeNode): CompType {
    switch (node.kind) {
      case "func":
        return {
          kind: "func",
          params: mappedList(paramTypes(node.params), (t) => this.valType(t)),
          results: mappedList(resultTypes(node.results), (t) => this.valType(t)),
        };
      case "struct": {
        const fields: FieldType[] = objectList();
        for (const f of node.fields) {
          for (const t of f.types) {
            const field = this.fieldType(t);
            field.name = f.name ?? f.id?.name;
            fields.push(field);
          }
        }
        return { kind: "struct", fields };
      }
      case "array":
        return { kind: "array", element: this.fieldType(node.element) };
      case "cont":
        return { kind: "cont", func: this.bind(node.func) };
    }
  }

  private fieldType(node: FieldTypeNode): FieldType {
    const t = node.type;
    // Named or not, one shape (the name section's writer reads them all).
    return { type: t.kind === "packed" ? t.type : this.valType(t), mutable: node.mutable, name: undefined };
  }

  // -------------------------------------------------------------------------
  // 4. Uses

  valType(node: ValTypeNode): ValType {
    return node.kind === "num" ? node.type : this.refType(node);
  }

  refType(node: RefTypeNode): RefType {
    const heap = this.heapType(node.heap);
    if (node.exact) return { nullable: node.nullable, heap, exact: true };
    if (node.heap.kind === "abs" && node.heap.shared) return { nullable: node.nullable, heap, shared: true };
    return { nullable: node.nullable, heap };
  }

  heapType(node: HeapTypeNode): HeapType {
    if (node.kind === "abs") return node.type;
    return this.bind(node);
  }

  get(ref: Ref): TypeRef {
    return this.bind(ref);
  }

  /**
   * A function's, import's, tag's or call_indirect's type use: the type it
   * denotes and its parameters (named from the inline declarations when
   * there are some). `allowIds`: only definitions may name parameters.
   */
  funcTypeUse(use: TypeUseNode, allowIds: boolean): { type: TypeRef; params: ParamDecl[] } {
    if (!allowIds) this.rejectParamIds(use);
    const inline = use.params.length > 0 || use.results.length > 0;
    // One shape of declaration and of list, whichever way the parameters were written: code reading them meets one map.
    const named: ParamDecl[] = objectList();
    for (const p of use.params) for (const t of p.types) named.push({ id: p.id, name: p.name, type: this.valType(t) });
    if (use.type === undefined) {
      const type = this.implicitFor.get(use);
      if (type === undefined) throw new Error("resolve: type use was not expanded");
      return { type, params: named };
    }
    const type = this.bind(use.type);
    if (inline) {
      this.checkInline(use, use.type, type, named.map((p) => p.type));
      return { type, params: named };
    }
    if (type.entity === "type" && type.comp.kind === "func") for (const t of type.comp.params) named.push({ id: undefined, name: undefined, type: t });
    return { type, params: named };
  }

  /** A block type: empty, one result, or a type index. */
  blockType(use: TypeUseNode): BlockType {
    this.rejectParamIds(use);
    if (use.type !== undefined) return { kind: "type", type: this.funcTypeUse(use, false).type };
    if (countTypes(use.params) === 0) {
      const results = resultTypes(use.results);
      if (results.length === 0) return EMPTY_BLOCK;
      if (results.length === 1) return { kind: "value", type: this.valType(results[0]) };
    }
    return { kind: "type", type: this.funcTypeUse(use, false).type };
  }

  private rejectParamIds(use: TypeUseNode): void {
    for (const p of use.params) {
      if (p.id !== undefined) this.ctx.fail(`unexpected token: parameter $${p.id.name} cannot be named here`, p.id.start);
    }
  }

  /** `(type x)` with inline declarations: they must spell x's function type exactly. */
  private checkInline(use: TypeUseNode, ref: Ref, type: TypeRef, params: ValType[]): void {
    if (type.entity === "dangling") this.ctx.fail(`unknown type ${refText(ref)}`, ref.start);
    if (type.comp.kind !== "func") {
      this.ctx.fail(`inline function type does not match (type ${refText(ref)}): not a function type`, ref.start);
    }
    const results = resultTypes(use.results).map((t) => this.valType(t));
    if (!sameTypes(params, type.comp.params) || !sameTypes(results, type.comp.results)) {
      this.ctx.fail(`inline function type does not match (type ${refText(ref)})`, ref.start);
    }
  }

  /** A struct field by index, or by the `$name` its type gave it. */
  fieldIndex(type: TypeRef, ref: Ref): number {
    if (ref.kind === "index") return ref.value;
    const index = type.entity === "type" ? this.fieldIds?.get(type)?.get(ref.name) : undefined;
    if (index === undefined) this.ctx.fail(`unknown field $${ref.name}`, ref.start);
    return index;
  }
}

/** A function type in a recursion group of its own, as the type-use abbreviation makes it. */
export function funcTypeOf(params: readonly ValType[], results: readonly ValType[]): TypeDef {
  return { entity: "type", final: true, supertypes: objectList(), comp: { kind: "func", params: fitted(params), results: fitted(results) }, explicitSub: false, index: 0 };
}

export function sameTypes(a: readonly ValType[], b: readonly ValType[]): boolean {
  return a.length === b.length && a.every((t, i) => sameValType(t, b[i]));
}

export function sameValType(a: ValType, b: ValType): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (a.nullable !== b.nullable || a.exact !== b.exact || a.shared !== b.shared) return false;
  const x = a.heap;
  const y = b.heap;
  if (typeof x === "string" || typeof y === "string") return x === y;
  if (x === y) return true;
  // Two dangling references to the same index (see `heapType`).
  const dx = x as unknown as { entity: string; index: number };
  const dy = y as unknown as { entity: string; index: number };
  return dx.entity === "dangling" && dy.entity === "dangling" && dx.index === dy.index;
}
