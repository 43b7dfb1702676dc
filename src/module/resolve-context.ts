/**
 * What every resolve stage shares: the source (for located errors), the
 * index spaces with their identifiers, and the readers of numeric literals
 * that only resolve can range-check (limits, alignments, offsets, lanes).
 */
import type { Id, NumLit, Ref, SExpr } from "../syntax/ast.js";
import { WatResolveError } from "../syntax/errors.js";
import { LiteralError, parseNat64 } from "../syntax/literals.js";
import type { SourceText } from "../syntax/source-text.js";
import type { Dangling, Instr } from "./model.js";
import { objectList } from "./empty.js";

export function dangling(index: number): Dangling {
  return { entity: "dangling", index };
}

/** `$name` or the index as written, for messages. */
export function refText(ref: Ref): string {
  return ref.kind === "id" ? `$${ref.name}` : String(ref.value);
}

export class Context {
  /** Object files: `(@reloc ...)` items by instruction, bound to symbols once the symbol table is read. */
  readonly relocNotes: [Instr, SExpr[][]][] = [];

  constructor(readonly source: SourceText) {}

  fail(message: string, offset: number): never {
    throw new WatResolveError(message, this.source, offset);
  }

  /**
   * An unsigned integer literal of at most `bits` bits. `type` names the
   * range in the message ("i32 constant out of range", as the spec tests say).
   */
  nat(lit: NumLit, bits: 8 | 32 | 64, type: string): bigint {
    let value: bigint;
    try {
      value = parseNat64(lit.text);
    } catch (e) {
      if (!(e instanceof LiteralError)) throw e;
      if (e.message.includes("out of range")) this.fail(`${type} constant out of range`, lit.start);
      this.fail(e.message, lit.start + e.offset);
    }
    if (value >= 1n << BigInt(bits)) this.fail(`${type} constant out of range`, lit.start);
    return value;
  }

  /** A u8 immediate: lane indices. */
  u8(lit: NumLit): number {
    return Number(this.nat(lit, 8, "i8"));
  }

  u32(lit: NumLit): number {
    return Number(this.nat(lit, 32, "i32"));
  }
}

/**
 * One index space (functions, tables, types, locals, ...): its entities in
 * index order and the identifiers bound to them. `what` names it in
 * messages: "duplicate function $f", "unknown function $f".
 */
export class Space<T extends { index: number }> {
  readonly items: T[] = objectList();
  /** Made on the first id: most spaces of a small module (and most functions' locals) have none. */
  private ids: Map<string, number> | undefined;
  /** Ids bound by `adopt`: a definition of the same id shadows them. */
  private adopted: Set<string> | undefined;
  /** Indices `adopt` was told a bare index may not name, with why. */
  private refusals: Map<number, string> | undefined;

  constructor(
    private readonly ctx: Context,
    readonly what: string,
  ) {}

  /** Appends `item`, binding `id` to it; a second binding of one id is an error. */
  define(item: T, id: Id | undefined): void {
    if (id !== undefined) {
      const ids = (this.ids ??= new Map());
      if (ids.has(id.name) && !this.adopted?.delete(id.name)) this.ctx.fail(`duplicate ${this.what} $${id.name}`, id.start);
      ids.set(id.name, this.items.length);
    }
    item.index = this.items.length;
    this.items.push(item);
  }

  /**
   * Appends an entity that already exists (an addition to a module sees the
   * module's entities), bound to its name unless another entity has it;
   * an entity the addition defines with the same id shadows it. With
   * `refusal`, a bare index of this place is an error saying that; an
   * entity that is not `named` keeps its place but not its name.
   */
  adopt(item: T & { name?: string }, refusal?: string, named = true): void {
    if (refusal !== undefined) (this.refusals ??= new Map()).set(this.items.length, refusal);
    if (named && item.name !== undefined && !this.ids?.has(item.name)) {
      (this.ids ??= new Map()).set(item.name, this.items.length);
      (this.adopted ??= new Set()).add(item.name);
    }
    item.index = this.items.length;
    this.items.push(item);
  }

  /**
   * Puts `item`, which has no id, at `index`, moving it there when it is
   * in the space already (from a later index), and renumbers the entities
   * after it, which must have no ids either.
   */
  place(item: T, index: number, moved: boolean): void {
    if (moved) this.items.splice(item.index, 1);
    this.items.splice(index, 0, item);
    for (let i = index; i < this.items.length; i++) this.items[i].index = i;
  }

  /** Binds a reference: an unknown id is an error, an index out of range is `Dangling`. */
  get(ref: Ref): T | Dangling {
    if (ref.kind === "id") {
      const i = this.ids?.get(ref.name);
      if (i === undefined) this.ctx.fail(`unknown ${this.what} $${ref.name}`, ref.start);
      return this.items[i];
    }
    const refusal = this.refusals?.get(ref.value);
    if (refusal !== undefined) this.ctx.fail(refusal, ref.start);
    return this.items[ref.value] ?? dangling(ref.value);
  }

  /** The entity `$name` names, or undefined when no entity has that id. */
  find(name: string): T | undefined {
    const i = this.ids?.get(name);
    return i === undefined ? undefined : this.items[i];
  }

  /** The entity at `index` (the default 0 of an omitted memory or table), or `Dangling`. */
  at(index: number): T | Dangling {
    return this.items[index] ?? dangling(index);
  }
}
