/**
 * Types for `raise`: value, reference, heap and storage types, type uses and
 * block types as AST nodes. Nodes that do not depend on the module (numeric
 * types, `funcref`, `(result i32)`, ...) are built once and shared.
 */
import type {
  AbsHeapTypeNode,
  FieldTypeNode,
  HeapTypeNode,
  NumTypeNode,
  ParamNode,
  RefTypeNode,
  ResultNode,
  StorageTypeNode,
  TypeUseNode,
  ValTypeNode,
} from "../syntax/ast.js";
import { mappedList, objectList } from "./empty.js";
import type { NameSpace } from "./raise-names.js";
import type { BlockType, FieldType, HeapType, Local, NumType, RefType, TypeRef, ValType } from "./model.js";

const NUM_TYPES: Record<NumType, NumTypeNode> = {
  i32: { kind: "num", type: "i32", start: 0, end: 0 },
  i64: { kind: "num", type: "i64", start: 0, end: 0 },
  f32: { kind: "num", type: "f32", start: 0, end: 0 },
  f64: { kind: "num", type: "f64", start: 0, end: 0 },
  v128: { kind: "num", type: "v128", start: 0, end: 0 },
};

const EMPTY_TYPE_USE: TypeUseNode = { params: [], results: [], start: 0, end: 0 };

/** A type definition as a function type, if it is one. */
export function funcTypeOf(type: TypeRef | undefined): { params: ValType[]; results: ValType[] } | undefined {
  if (type === undefined || type.entity !== "type" || type.comp.kind !== "func") return undefined;
  return type.comp;
}

/**
 * Nodes that name no entity, made once for every module, as `NUM_TYPES`
 * are (raised nodes are never changed): references to abstract heap types
 * by spelling, block types of one number or vector result.
 */
const ABSTRACT_REFS = new Map<string, RefTypeNode>();
const VALUE_BLOCKS = new Map<ValType, TypeUseNode>();

export class TypeNodes {
  /**
   * Type uses by type index whose parameters have no ids, made when first
   * asked for and shared by every function, import and tag of the type:
   * a function's type use was most of the garbage of raising its field
   * (sampled allocation of a warm pass of the 2,269 spec binaries one by
   * one, 2-core Linux x86_64 VM, Node 20.20.2, 2026-12-07: raising function
   * fields 6.3 -> 2.6 MB of the pass's 72).
   * Made at its full length, as `NameSpace` makes its references.
   */
  private uses: (TypeUseNode | undefined)[] | undefined;

  constructor(readonly space: NameSpace) {}

  valType(t: ValType): ValTypeNode {
    return typeof t === "string" ? NUM_TYPES[t] : this.refType(t);
  }

  storageType(t: FieldType["type"]): StorageTypeNode {
    if (t === "i8" || t === "i16") return { kind: "packed", type: t, start: 0, end: 0 };
    return this.valType(t);
  }

  fieldType(f: FieldType): FieldTypeNode {
    return { type: this.storageType(f.type), mutable: f.mutable, start: 0, end: 0 };
  }

  refType(t: RefType): RefTypeNode {
    if (typeof t.heap !== "string") {
      const node: RefTypeNode = { kind: "ref", nullable: t.nullable, heap: this.space.ref(t.heap.index), short: false, start: 0, end: 0 };
      if (t.exact) node.exact = true;
      return node;
    }
    const heapKey = t.shared ? `shared ${t.heap}` : t.heap;
    const key = t.nullable ? `null ${heapKey}` : heapKey;
    let node = ABSTRACT_REFS.get(key);
    if (node === undefined) {
      const heap: AbsHeapTypeNode = t.shared ? { kind: "abs", type: t.heap, shared: true, start: 0, end: 0 } : { kind: "abs", type: t.heap, start: 0, end: 0 };
      // Nullable abstract types have a short form (`funcref`), which is how they are usually read.
      node = { kind: "ref", nullable: t.nullable, heap, short: t.nullable, start: 0, end: 0 };
      ABSTRACT_REFS.set(key, node);
    }
    return node;
  }

  heapType(h: HeapType, shared = false): HeapTypeNode {
    if (typeof h === "string") return shared ? { kind: "abs", type: h, shared, start: 0, end: 0 } : { kind: "abs", type: h, start: 0, end: 0 };
    return this.space.ref(h.index);
  }

  /** `(param ...)` groups: one per named parameter (with its `@name` if it has one), runs of unnamed ones together. */
  params(types: readonly ValType[], locals?: readonly Local[], names?: NameSpace): ParamNode[] {
    if (names === undefined || names.ids.length === 0) return this.unnamedParams(types);
    // Lists and groups of one shape whether empty, named or not (see `objectList`).
    const out = objectList<ParamNode>();
    let run: ValTypeNode[] | undefined;
    for (let i = 0; i < types.length; i++) {
      const at = locals !== undefined && names !== undefined ? (locals[i]?.index ?? -1) : -1;
      const id = at >= 0 ? names!.ids[at] : undefined;
      if (id !== undefined) {
        run = undefined;
        out.push({ id: { name: id, start: 0, end: 0 }, name: names!.annotations[at], types: [this.valType(types[i])], start: 0, end: 0 });
      } else if (run !== undefined) {
        run.push(this.valType(types[i]));
      } else {
        run = [this.valType(types[i])];
        out.push({ id: undefined, name: undefined, types: run, start: 0, end: 0 });
      }
    }
    return out;
  }

  /** `params` without names: one group, in lists made at their length rather than grown to it by `push`, which leaves room for 17. */
  private unnamedParams(types: readonly ValType[]): ParamNode[] {
    if (types.length === 0) return objectList();
    const run = objectList<ValTypeNode>(types.length);
    for (let i = 0; i < types.length; i++) run[i] = this.valType(types[i]);
    const out = objectList<ParamNode>(1);
    out[0] = { id: undefined, name: undefined, types: run, start: 0, end: 0 };
    return out;
  }

  results(types: readonly ValType[]): ResultNode[] {
    return types.length === 0 ? objectList() : [{ types: mappedList(types, (t) => this.valType(t)), start: 0, end: 0 }];
  }

  /**
   * A function's, import's or tag's type use: always `(type N)`, which fixes
   * the bytes, with the signature spelled out for the reader.
   */
  typeUse(type: TypeRef, locals?: readonly Local[], names?: NameSpace): TypeUseNode {
    if (names !== undefined && locals !== undefined && namesParam(type, locals, names)) return this.newTypeUse(type, locals, names);
    const index = type.index;
    if (index >= this.space.size) return this.newTypeUse(type);
    const uses = (this.uses ??= new Array<TypeUseNode | undefined>(this.space.size));
    return (uses[index] ??= this.newTypeUse(type));
  }

  private newTypeUse(type: TypeRef, locals?: readonly Local[], names?: NameSpace): TypeUseNode {
    const ref = this.space.ref(type.index);
    const sig = funcTypeOf(type);
    // The lists in the literal, not stored over empty ones: two arrays less for each function, import and tag.
    if (sig === undefined) return { type: ref, params: [], results: [], start: 0, end: 0 };
    return { type: ref, params: this.params(sig.params, locals, names), results: this.results(sig.results), start: 0, end: 0 };
  }

  /** A type use that is just `(type N)` (call_indirect, block types with an index). */
  typeIndexUse(type: TypeRef): TypeUseNode {
    return { type: this.space.ref(type.index), params: [], results: [], start: 0, end: 0 };
  }

  blockType(bt: BlockType): TypeUseNode {
    switch (bt.kind) {
      case "empty":
        return EMPTY_TYPE_USE;
      case "value": {
        let use = typeof bt.type === "string" ? VALUE_BLOCKS.get(bt.type) : undefined;
        if (use === undefined) {
          use = { params: [], results: this.results([bt.type]), start: 0, end: 0 };
          if (typeof bt.type === "string") VALUE_BLOCKS.set(bt.type, use);
        }
        return use;
      }
      case "type":
        return this.typeIndexUse(bt.type);
    }
  }
}

/** Whether `names` gives one of the parameters of a function of `type` an id. */
function namesParam(type: TypeRef, locals: readonly Local[], names: NameSpace): boolean {
  const ids = names.ids;
  if (ids.length === 0) return false;
  const count = funcTypeOf(type)?.params.length ?? 0;
  for (let i = 0; i < count && i < locals.length; i++) if (ids[locals[i].index] !== undefined) return true;
  return false;
}
