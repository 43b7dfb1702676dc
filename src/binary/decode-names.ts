/**
 * The "name" custom section, read back onto the model: the module's name and
 * the names of functions, locals, labels, types, tables, memories, globals,
 * element and data segments, struct fields and tags (subsections 0-11, see
 * `encode-names.ts`).
 *
 * Custom sections never make a binary malformed, so this reads the whole
 * section first and puts the names on only if every part is well-formed:
 * subsections in increasing id order, name maps in increasing index order,
 * every index naming something that exists. Otherwise nothing is named and
 * the caller keeps the section as raw bytes.
 *
 * Label names are indexed like the encoder counts labels: the structured
 * instructions of a function in the order they begin.
 *
 * Reading also tells whether the encoder writes the names back to the same
 * bytes (`NamesTaken`), so that a binary printed with exact notes needs no
 * encoding of its name section to compare with.
 */
import type { Func, Instr, Module } from "../module/model.js";
import type { IndexSpaces } from "./decode-code.js";
import { WasmDecodeError } from "./decode-error.js";
import type { NameList } from "./encode-code.js";
import { Reader } from "./reader.js";

/** One name to put on: `target[key] = value`, done only once the whole section has been read. */
interface Naming {
  target: { name?: string } | Instr;
  key: "name" | "labelName";
  value: string;
}

/** Thrown inside this module for a section that reads but cannot be put on the model. */
class Unrepresentable extends Error {}

const LAST_SUBSECTION = 11;

/** The field names subsection, which the encoder writes only for struct types outside an explicit `(rec ...)`. */
const FIELD_SUBSECTION = 10;

/**
 * What became of a name section: kept raw (it does not decode cleanly), its
 * names put on the model, or put on the model and known to be the bytes
 * `writeNameSection` writes for them (every number minimal, no empty
 * subsection or map, nothing the encoder leaves out). "named" may be such
 * bytes too: only an encoding tells.
 */
export type NamesTaken = "raw" | "named" | "as-encoded";

/**
 * Names the module's entities from a name section's bytes, unless it does
 * not decode cleanly ("raw", nothing named). `labels` receives the label
 * names as the code encoder collects them (functions with at least one).
 */
export function applyNameSection(bytes: Uint8Array, module: Module, spaces: IndexSpaces, labels?: Array<[number, NameList]>): NamesTaken {
  const reader = new NameReader(bytes, module, spaces);
  let namings: Naming[];
  try {
    namings = reader.read();
  } catch (e) {
    if (e instanceof WasmDecodeError || e instanceof Unrepresentable) return "raw";
    throw e;
  }
  for (const { target, key, value } of namings) (target as Record<string, unknown>)[key] = value;
  if (labels !== undefined) for (const entry of reader.labels) if (entry[1].length > 0) labels.push(entry);
  return reader.asEncoded && reader.padded.length === 0 ? "as-encoded" : "named";
}

class NameReader {
  private readonly r: Reader;
  private readonly out: Naming[] = [];
  /** The label names read, by function index. */
  readonly labels: Array<[number, NameList]> = [];
  /** Padded numbers read (the encoder writes none). */
  readonly padded: number[] = [];
  /** False once something is read that the encoder would write otherwise or leave out (see `NamesTaken`). */
  asEncoded = true;

  constructor(
    bytes: Uint8Array,
    private readonly module: Module,
    private readonly s: IndexSpaces,
  ) {
    this.r = new Reader(bytes);
    this.r.padded = this.padded;
  }

  read(): Naming[] {
    const r: Reader = this.r;
    let lastId = -1;
    if (r.atEnd()) this.asEncoded = false;
    while (!r.atEnd()) {
      const id = r.byte();
      if (id <= lastId || id > LAST_SUBSECTION) throw new Unrepresentable();
      lastId = id;
      if (id === FIELD_SUBSECTION) this.asEncoded = false;
      const size = r.u32();
      if (size > r.remaining) throw new Unrepresentable();
      const end = r.pos + size;
      r.end = end;
      this.subsection(id);
      if (r.pos !== end) throw new Unrepresentable();
      r.end = r.buf.length;
    }
    return this.out;
  }

  private subsection(id: number): void {
    const s = this.s;
    switch (id) {
      case 0:
        this.out.push({ target: this.module, key: "name", value: this.r.name() });
        return;
      case 1:
        return this.nameMap(at(s.funcs));
      case 2:
        return this.indirectMap(s.funcs, (f) => {
          // The encoder writes local names of defined functions only.
          if (f.import !== undefined) this.asEncoded = false;
          return (i) => (i < f.params.length ? f.params[i] : f.locals[i - f.params.length]);
        });
      case 3:
        return this.indirectMap(s.funcs, (f) => (f.import === undefined ? at(structuredInstrs(f)) : none), "labelName");
      case 4:
        return this.nameMap(at(s.types.defs));
      case 5:
        return this.nameMap(at(s.tables));
      case 6:
        return this.nameMap(at(s.memories));
      case 7:
        return this.nameMap(at(s.globals));
      case 8:
        return this.nameMap(at(s.elems));
      case 9:
        return this.nameMap(at(s.datas));
      case 10:
        return this.indirectMap(s.types.defs, (t) => (t.comp.kind === "struct" ? at(t.comp.fields) : none));
      case 11:
        return this.nameMap(at(s.tags));
    }
  }

  /** A name map: (index, name) pairs in increasing index order; `pick` finds what an index names. */
  private nameMap(pick: Pick, key: Naming["key"] = "name", list?: NameList): void {
    const r: Reader = this.r;
    const n = r.count();
    if (n === 0) this.asEncoded = false;
    let last = -1;
    for (let k = 0; k < n; k++) {
      const index = r.u32();
      const value = r.name();
      const target = index > last ? pick(index) : undefined;
      if (target === undefined) throw new Unrepresentable();
      last = index;
      this.out.push({ target, key, value });
      list?.push([index, value]);
    }
  }

  /** An indirect name map: per entity (increasing index), a name map of its parts. */
  private indirectMap<T>(outer: readonly T[], parts: (item: T) => Pick, key: Naming["key"] = "name"): void {
    const r: Reader = this.r;
    const n = r.count();
    if (n === 0) this.asEncoded = false;
    let last = -1;
    for (let k = 0; k < n; k++) {
      const index = r.u32();
      const item = index > last ? outer[index] : undefined;
      if (item === undefined) throw new Unrepresentable();
      last = index;
      if (key === "labelName") {
        const list: NameList = [];
        this.labels.push([index, list]);
        this.nameMap(parts(item), key, list);
      } else {
        this.nameMap(parts(item), key);
      }
    }
  }
}

type Pick = (i: number) => Naming["target"] | undefined;

function at(items: readonly Naming["target"][]): Pick {
  return (i) => items[i];
}

const none: Pick = () => undefined;

/**
 * The structured instructions of a function in the order they begin (block,
 * loop, if, try, try_table), walking bodies, else branches and handlers with
 * an explicit stack.
 */
function structuredInstrs(func: Func): Instr[] {
  const out: Instr[] = [];
  const pending: Instr[][] = [];
  const positions: number[] = [];
  let list = func.body;
  let i = 0;
  for (;;) {
    if (i < list.length) {
      const ins = list[i++];
      if (ins.body === undefined) continue;
      out.push(ins);
      pending.push(list);
      positions.push(i);
      // Visited after the body, in this order: else branch, then handlers.
      const rest: Instr[][] = [];
      if (ins.else !== undefined) rest.push(ins.else);
      for (const h of ins.handlers ?? []) rest.push(h.body);
      for (let k = rest.length - 1; k >= 0; k--) {
        pending.push(rest[k]);
        positions.push(0);
      }
      list = ins.body;
      i = 0;
      continue;
    }
    const next = pending.pop();
    if (next === undefined) break;
    list = next;
    i = positions.pop()!;
  }
  return out;
}
