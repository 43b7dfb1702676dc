/**
 * Static libraries: the `ar` archive format as GNU and LLVM write it
 * (`!<arch>\n`, 60-byte member headers, the `/` symbol index, the `//`
 * long-name table, BSD `#1/N` names). Members come out as views of the
 * archive's bytes, in archive order; the symbol index is left to whoever
 * links (it can be rebuilt from the members' symbol tables).
 */
import { WasmDecodeError } from "../binary/decode-error.js";

export interface ArchiveMember {
  name: string;
  /** Where the member's bytes start in the archive. */
  offset: number;
  bytes: Uint8Array;
}

const MAGIC = "!<arch>\n";
const HEADER = 60;
const latin1 = new TextDecoder("latin1");

function field(bytes: Uint8Array, at: number, length: number): string {
  return latin1.decode(bytes.subarray(at, at + length)).trimEnd();
}

/** Whether the bytes start like an `ar` archive. */
export function isArchive(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && latin1.decode(bytes.subarray(0, MAGIC.length)) === MAGIC;
}

/** The members of an archive (without the symbol index and long-name table). */
export function readArchive(bytes: Uint8Array): ArchiveMember[] {
  if (!isArchive(bytes)) throw new WasmDecodeError("not an ar archive", 0, "no !<arch> header");
  const members: ArchiveMember[] = [];
  let longNames = "";
  let at = MAGIC.length;
  while (at < bytes.length) {
    if (at + HEADER > bytes.length) throw new WasmDecodeError("truncated ar member header", at);
    if (bytes[at + 58] !== 0x60 || bytes[at + 59] !== 0x0a) throw new WasmDecodeError("malformed ar member header", at + 58, "no `\\n terminator");
    const rawName = field(bytes, at, 16);
    const sizeText = field(bytes, at + 48, 10);
    const size = Number(sizeText);
    if (!/^\d+$/.test(sizeText) || at + HEADER + size > bytes.length) {
      throw new WasmDecodeError("malformed ar member size", at + 48, `"${sizeText}" with ${bytes.length - at - HEADER} bytes left`);
    }
    let start = at + HEADER;
    let length = size;
    let name: string;
    if (rawName === "/" || rawName === "/SYM64/" || rawName === "__.SYMDEF" || rawName === "__.SYMDEF SORTED") {
      name = "";
    } else if (rawName === "//") {
      longNames = latin1.decode(bytes.subarray(start, start + size));
      name = "";
    } else if (/^\/\d+$/.test(rawName)) {
      const from = Number(rawName.slice(1));
      const end = longNames.indexOf("\n", from);
      if (from >= longNames.length) throw new WasmDecodeError("malformed ar member name", at, `long name at ${from} past the name table`);
      name = longNames.slice(from, end < 0 ? undefined : end).replace(/\/$/, "");
    } else if (rawName.startsWith("#1/")) {
      const nameLength = Number(rawName.slice(3));
      if (!(nameLength <= size)) throw new WasmDecodeError("malformed ar member name", at, rawName);
      name = latin1.decode(bytes.subarray(start, start + nameLength)).replace(/\0+$/, "");
      start += nameLength;
      length -= nameLength;
    } else {
      name = rawName.replace(/\/$/, "");
    }
    if (name !== "") members.push({ name, offset: start, bytes: bytes.subarray(start, start + length) });
    at += HEADER + size + (size & 1);
  }
  return members;
}
