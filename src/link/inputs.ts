/**
 * The inputs of a link as the resolver sees them: object files decoded with
 * their symbol tables, and archives whose members are decoded only when a
 * symbol they define is needed (found through the archive's symbol index,
 * or by scanning the members when it has none).
 */
import { decode } from "../binary/decode.js";
import { WasmDecodeError } from "../binary/decode-error.js";
import type { Module } from "../module/model.js";
import { SYM, type LinkingSymbol } from "../module/object-model.js";
import { type ArchiveMember, isArchive, readArchive } from "../object/archive.js";
import { LinkError } from "./link-error.js";
import type { LinkInput } from "./link-options.js";

export interface ObjectFile {
  /** As errors name it: the path, or `lib.a(member.o)`. */
  name: string;
  module: Module;
}

export interface Archive {
  name: string;
  /** Which member defines each global symbol. */
  index: Map<string, ArchiveMember>;
}

export type Input = { readonly kind: "object"; file: ObjectFile } | { readonly kind: "archive"; archive: Archive };

/** An input decoded (an object) or indexed (an archive); anything else is a `LinkError` naming it. */
export function readInput(input: LinkInput): Input {
  if (isArchive(input.bytes)) return { kind: "archive", archive: readArchiveInput(input) };
  return { kind: "object", file: readObject(input.name, input.bytes) };
}

/** An object file: a module with a linking section. */
export function readObject(name: string, bytes: Uint8Array): ObjectFile {
  let module: Module;
  try {
    module = decode(bytes);
  } catch (error) {
    if (error instanceof WasmDecodeError) throw new LinkError(name, `${error.reason}${error.detail === undefined ? "" : ` (${error.detail})`}`, error.offset);
    throw error;
  }
  if (module.linking === undefined) throw new LinkError(name, "not an object file (no linking section): link objects from `clang -c`, not linked modules");
  return { name, module };
}

/** The name a symbol is linked by: its own, or for an undefined one without an explicit name its import's field name. */
export function symbolName(s: LinkingSymbol): string | undefined {
  if (s.kind === "section") return undefined;
  if (s.name !== undefined) return s.name;
  return s.kind === "data" || s.target.entity === "dangling" ? undefined : s.target.import?.name;
}

/** Whether a symbol takes part in resolution across files (neither local nor a section). */
export function isGlobalSymbol(s: LinkingSymbol): boolean {
  return s.kind !== "section" && (s.flags & SYM.BINDING_LOCAL) === 0;
}

export function isDefined(s: LinkingSymbol): boolean {
  return (s.flags & SYM.UNDEFINED) === 0;
}

function readArchiveInput(input: LinkInput): Archive {
  let members: ArchiveMember[];
  try {
    members = readArchive(input.bytes);
  } catch (error) {
    if (error instanceof WasmDecodeError) throw new LinkError(input.name, `bad archive: ${error.reason}${error.detail === undefined ? "" : ` (${error.detail})`}`, error.offset);
    throw error;
  }
  return { name: input.name, index: symbolIndex(input.bytes, members) ?? scanMembers(members, (m) => memberName(input.name, m)) };
}

const HEADER = 60;

/**
 * The GNU/SysV symbol index (the `/` member: a big-endian count, the header
 * offset of each symbol's member, then the NUL-terminated names); undefined
 * when the archive has none or it names a place where no member starts.
 */
function symbolIndex(bytes: Uint8Array, members: ArchiveMember[]): Map<string, ArchiveMember> | undefined {
  const at = 8;
  if (bytes.length < at + HEADER || new TextDecoder("latin1").decode(bytes.subarray(at, at + 16)).trimEnd() !== "/") return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset + at + HEADER);
  const size = Number(new TextDecoder("latin1").decode(bytes.subarray(at + 48, at + 58)).trim());
  if (size < 4) return undefined;
  const count = view.getUint32(0);
  if (4 + 4 * count > size) return undefined;
  const byHeader = new Map(members.map((m) => [m.offset - HEADER, m]));
  const names = new TextDecoder().decode(bytes.subarray(at + HEADER + 4 + 4 * count, at + HEADER + size)).split("\0");
  const index = new Map<string, ArchiveMember>();
  for (let i = 0; i < count; i++) {
    const member = byHeader.get(view.getUint32(4 + 4 * i));
    if (member === undefined || names[i] === undefined) return undefined;
    if (!index.has(names[i])) index.set(names[i], member);
  }
  return index;
}

/** Without an index: every member's defined global symbols, first definition first. */
function scanMembers(members: ArchiveMember[], nameOf: (m: ArchiveMember) => string): Map<string, ArchiveMember> {
  const index = new Map<string, ArchiveMember>();
  for (const member of members) {
    for (const s of readObject(nameOf(member), member.bytes).module.linking!.symbols) {
      const name = symbolName(s);
      if (name !== undefined && isGlobalSymbol(s) && isDefined(s) && !index.has(name)) index.set(name, member);
    }
  }
  return index;
}

/** How errors name an archive member: `lib.a(member.o)`, as lld does. */
export function memberName(archive: string, member: ArchiveMember): string {
  return `${archive}(${member.name})`;
}
