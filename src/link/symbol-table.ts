/**
 * Symbol resolution across the inputs, in command-line order as lld does:
 * each global name ends at one definition (a strong one over weak ones, the
 * first of several weak ones; two strong ones are an error naming both
 * files); a comdat is kept from the first file that has it and its members
 * elsewhere are discarded; an archive member is loaded when a symbol it
 * defines is referenced and not yet defined (weak references load nothing).
 */
import type { ArchiveMember } from "../object/archive.js";
import { SYM, type LinkingSymbol, type SymbolKind } from "../module/object-model.js";
import { type Archive, type Input, isDefined, isGlobalSymbol, memberName, type ObjectFile, readObject, symbolName } from "./inputs.js";
import { LinkError } from "./link-error.js";

/** A symbol of one file. */
export interface SymbolRef {
  file: ObjectFile;
  symbol: LinkingSymbol;
}

/** What a global name stands for across the link. */
export interface GlobalName {
  name: string;
  kind: SymbolKind;
  definition?: SymbolRef;
  /** The first reference while the name was undefined: the file an error names, the import an unresolved function keeps. */
  reference?: SymbolRef;
  /** Whether some reference is strong (an undefined name only weakly referenced resolves to nothing). */
  strongReference: boolean;
  lazy?: { archive: Archive; member: ArchiveMember };
}

export class SymbolTable {
  readonly files: ObjectFile[] = [];
  readonly names = new Map<string, GlobalName>();
  /** Entities of comdat members another file's copy of the comdat replaces. */
  readonly discarded = new Set<unknown>();
  private readonly comdats = new Set<string>();
  private readonly loaded = new Set<ArchiveMember>();

  add(input: Input): void {
    if (input.kind === "object") return this.addFile(input.file);
    const { archive } = input;
    for (const [name, member] of archive.index) {
      const entry = this.names.get(name);
      if (entry === undefined) this.names.set(name, { name, kind: "func", strongReference: false, lazy: { archive, member } });
      else if (entry.definition === undefined && entry.lazy === undefined) {
        entry.lazy = { archive, member };
        if (entry.strongReference) this.load(entry);
      }
    }
  }

  /** Loads the archive member that defines `name` if nothing defines it yet (what lld does for `__wasm_call_dtors`). */
  require(name: string): void {
    const entry = this.names.get(name);
    if (entry !== undefined && entry.definition === undefined && entry.lazy !== undefined) this.load(entry);
  }

  /** Where a symbol of `file` ends: the definition of its name, or itself when it is local or nothing defines the name. */
  resolve(ref: SymbolRef): SymbolRef {
    if (!isGlobalSymbol(ref.symbol)) return ref;
    const name = symbolName(ref.symbol);
    const entry = name === undefined ? undefined : this.names.get(name);
    return entry?.definition ?? ref;
  }

  /** Whether the symbol's own definition is part of the link (defined, and not in a discarded comdat copy). */
  definesHere(ref: SymbolRef): boolean {
    return isDefined(ref.symbol) && !this.isDiscarded(ref.symbol);
  }

  private isDiscarded(s: LinkingSymbol): boolean {
    if (s.kind === "section") return false;
    if (s.kind === "data") return s.target !== undefined && this.discarded.has(s.target.data);
    return this.discarded.has(s.target);
  }

  /** A file joins `files` once its symbols are in, after the archive members they loaded (lld's order, which the output follows). */
  private addFile(file: ObjectFile): void {
    const linking = file.module.linking!;
    for (const comdat of linking.comdats) {
      if (!this.comdats.has(comdat.name)) this.comdats.add(comdat.name);
      else for (const m of comdat.members) this.discarded.add(m.target);
    }
    for (const symbol of linking.symbols) {
      if (!isGlobalSymbol(symbol)) continue;
      const name = symbolName(symbol);
      if (name === undefined) continue;
      const ref = { file, symbol };
      let entry = this.names.get(name);
      if (entry === undefined) {
        entry = { name, kind: symbol.kind, strongReference: false };
        this.names.set(name, entry);
      }
      if (this.definesHere(ref)) this.define(entry, ref);
      else {
        entry.reference ??= ref;
        if ((symbol.flags & SYM.BINDING_WEAK) === 0) {
          entry.strongReference = true;
          if (entry.definition === undefined && entry.lazy !== undefined) this.load(entry);
        }
      }
    }
    this.files.push(file);
  }

  private define(entry: GlobalName, ref: SymbolRef): void {
    const old = entry.definition;
    if (old !== undefined && old.symbol.kind !== ref.symbol.kind) {
      throw new LinkError(ref.file.name, `symbol type mismatch: ${entry.name}\n>>> defined as ${old.symbol.kind} in ${old.file.name}\n>>> defined as ${ref.symbol.kind} in ${ref.file.name}`);
    }
    entry.kind = ref.symbol.kind;
    if (old === undefined) {
      entry.definition = ref;
      return;
    }
    const weak = (s: LinkingSymbol) => (s.flags & SYM.BINDING_WEAK) !== 0;
    if (!weak(old.symbol) && !weak(ref.symbol)) {
      throw new LinkError(ref.file.name, `duplicate symbol: ${entry.name}\n>>> defined in ${old.file.name}\n>>> defined in ${ref.file.name}`);
    }
    if (weak(old.symbol) && !weak(ref.symbol)) entry.definition = ref;
  }

  private load(entry: GlobalName): void {
    const lazy = entry.lazy!;
    entry.lazy = undefined;
    if (this.loaded.has(lazy.member)) return;
    this.loaded.add(lazy.member);
    this.addFile(readObject(memberName(lazy.archive.name, lazy.member), lazy.member.bytes));
  }
}
