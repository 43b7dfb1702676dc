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

/** One index space: the id and `@name` of each entity, by index, and shared references. */
export class NameSpace {
  readonly ids: (string | undefined)[];
  readonly annotations: (string | undefined)[];
  private readonly refs: Ref[];
  private readonly singles: Ref[][];

  /**
   * `entities` in index order. `kind` makes generated ids readable
   * (`$#func3<name>`, as wasm-tools spells them).
   */
  constructor(entities: readonly Named[], kind: string, useNames: boolean) {
    const n = entities.length;
    this.ids = new Array<string | undefined>(n);
    this.annotations = new Array<string | undefined>(n);
    this.refs = new Array<Ref>(n);
    this.singles = new Array<Ref[]>(n);
    if (useNames) this.assign(entities, kind);
    for (let i = 0; i < n; i++) {
      const id = this.ids[i];
      this.refs[i] = id === undefined ? indexRef(i) : idRef(id);
    }
  }

  private assign(entities: readonly Named[], kind: string): void {
    const used = new Set<string>();
    const clashes: number[] = [];
    for (let i = 0; i < entities.length; i++) {
      const name = entities[i].name;
      if (name === undefined) continue;
      if (name !== "" && !used.has(name)) {
        used.add(name);
        this.ids[i] = name;
      } else {
        clashes.push(i);
      }
    }
    for (const i of clashes) {
      const name = entities[i].name!;
      let id = `#${kind}${i}<${name}>`;
      while (used.has(id)) id += "'";
      used.add(id);
      this.ids[i] = id;
      this.annotations[i] = name;
    }
  }

  /** The reference to the entity at `index` (an index reference when out of range). */
  ref(index: number): Ref {
    return this.refs[index] ?? indexRef(index);
  }

  /** The one-element reference list of an instruction that names this entity. */
  single(index: number): Ref[] {
    if (index >= this.refs.length) return [indexRef(index)];
    return (this.singles[index] ??= [this.refs[index]]);
  }
}
