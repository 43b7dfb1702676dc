/**
 * Names for `raise`: which `$id` each entity gets, and the references that
 * point at it.
 *
 * Within one index space an id must be unique, so the first entity with a
 * name keeps it; a later one with the same name (or an empty name, which no
 * id can spell) gets a generated id (`$#local1<x>`, as wasm-tools spells
 * them) and its exact name is kept in an `(@name "...")` annotation, which
 * the text format allows on every entity the name section names. Entities
 * without names are referenced by index.
 *
 * References are built once per entity and shared by every instruction that
 * uses them: raised code allocates no reference objects of its own.
 */
import type { IdRef, IndexRef, Ref } from "../syntax/ast.js";

export function indexRef(value: number): IndexRef {
  return { kind: "index", value, start: 0, end: 0 };
}

export function idRef(name: string): IdRef {
  return { kind: "id", name, start: 0, end: 0 };
}

interface Named {
  name?: string;
  index: number;
}

/** Lists of a space without names: nothing is written to them. */
const NO_NAMES: readonly (string | undefined)[] = [];

/**
 * One index space: the id and `@name` of each entity, by index, and shared
 * references, made when first used: small modules are raised by the
 * thousand, and most of their entities are never referenced.
 */
export class NameSpace {
  readonly ids: readonly (string | undefined)[];
  readonly annotations: readonly (string | undefined)[];
  /** How many entities the space has. */
  readonly size: number;
  /** Made at their full length when first used: filled out of order, a growing list would turn sparse and slow. */
  private refs: Ref[] | undefined;
  private singles: Ref[][] | undefined;

  /**
   * `entities` in index order. `kind` makes generated ids readable
   * (`$#func3<name>`, as wasm-tools spells them).
   */
  constructor(entities: readonly Named[], kind: string, useNames: boolean) {
    this.size = entities.length;
    const named = useNames ? assign(entities, kind) : undefined;
    this.ids = named?.ids ?? NO_NAMES;
    this.annotations = named?.annotations ?? NO_NAMES;
  }

  /** The reference to the entity at `index` (an index reference when out of range). */
  ref(index: number): Ref {
    if (index >= this.size) return indexRef(index);
    const refs = (this.refs ??= new Array<Ref>(this.size));
    let ref = refs[index];
    if (ref === undefined) {
      const id = this.ids[index];
      ref = refs[index] = id === undefined ? indexRef(index) : idRef(id);
    }
    return ref;
  }

  /** The one-element reference list of an instruction that names this entity. */
  single(index: number): Ref[] {
    if (index >= this.size) return [indexRef(index)];
    return ((this.singles ??= new Array<Ref[]>(this.size))[index] ??= [this.ref(index)]);
  }
}

/** The ids and annotations of a space, or nothing when no entity has a name. */
function assign(entities: readonly Named[], kind: string): { ids: (string | undefined)[]; annotations: (string | undefined)[] } | undefined {
  let first = 0;
  while (first < entities.length && entities[first].name === undefined) first++;
  return first === entities.length ? undefined : assignFrom(entities, kind, first);
}

/** `assign` from the first entity with a name, `first`: apart, so that the look for one, inlined where spaces are made, stays small. */
function assignFrom(entities: readonly Named[], kind: string, first: number): { ids: (string | undefined)[]; annotations: (string | undefined)[] } {
  const ids = new Array<string | undefined>(entities.length);
  const annotations: (string | undefined)[] = [];
  const used = new Set<string>();
  const clashes: number[] = [];
  for (let i = first; i < entities.length; i++) {
    const name = entities[i].name;
    if (name === undefined) continue;
    if (name !== "" && !used.has(name)) {
      used.add(name);
      ids[i] = name;
    } else {
      clashes.push(i);
    }
  }
  for (const i of clashes) {
    const name = entities[i].name!;
    let id = `#${kind}${i}<${name}>`;
    while (used.has(id)) id += "'";
    used.add(id);
    ids[i] = id;
    annotations[i] = name;
  }
  return { ids, annotations };
}
