/**
 * Object files decode into symbols and relocations bound to what they name
 * and patch, and encode back: byte for byte with the exact notes of the
 * input, and, written canonically, as an object whose every relocation
 * still lands on a padded immediate of its kind (decoding it checks that).
 * Printed, they show their symbols and relocations as annotations, and the
 * text parses back to the same bytes.
 */
import { readFileSync } from "node:fs";
import { decode, type DecodedLayout } from "../../src/binary/decode.js";
import { encode, wasm2wat, wat2wasm } from "../../src/index.js";
import { addExactNotes } from "../../src/binary/exact-notes.js";
import { readArchive } from "../../src/object/archive.js";
import type { Module } from "../../src/module/model.js";
import { builtinsArchive, LIBC } from "./toolchain.js";

function relocCount(m: Module): number {
  let n = 0;
  for (const f of m.funcs) {
    const stack = [f.body];
    while (stack.length > 0) {
      for (const ins of stack.pop()!) {
        n += ins.relocs?.length ?? 0;
        if (ins.body) stack.push(ins.body);
        if (ins.else) stack.push(ins.else);
      }
    }
  }
  for (const d of m.datas) n += d.relocs?.length ?? 0;
  for (const c of m.customs) n += c.relocs?.length ?? 0;
  return n;
}

describe.each([
  ["wasi-libc libc.a", LIBC],
  ["compiler-rt builtins", builtinsArchive()],
])("every member of %s", (_, archive) => {
  const members = readArchive(readFileSync(archive));

  it("has members, each an object file (a version 2 linking section)", () => {
    expect(members.length).toBeGreaterThan(100);
    for (const member of members) expect(decode(member.bytes).linking?.version).toBe(2);
  });

  it("encodes back byte for byte, with no exact note on the linking and reloc.* sections", () => {
    const differing: string[] = [];
    for (const member of members) {
      const layout: DecodedLayout = { sections: {}, bodies: [], customs: new Map(), padded: [] };
      const module = decode(member.bytes, { layout });
      addExactNotes(member.bytes, module, layout);
      expect(module.customs.filter((c) => c.generated !== undefined && c.exact !== undefined)).toEqual([]);
      if (Buffer.compare(Buffer.from(encode(module)), Buffer.from(member.bytes)) !== 0) differing.push(member.name);
    }
    expect(differing).toEqual([]);
  });

  it("written canonically, keeps every symbol and relocation where it belongs", () => {
    for (const member of members) {
      const module = decode(member.bytes);
      const again = decode(encode(module));
      expect([member.name, again.linking!.symbols.length, relocCount(again)]).toEqual([member.name, module.linking!.symbols.length, relocCount(module)]);
    }
  });

  it("prints with (@linking ...) and (@reloc ...) annotations, no raw linking or reloc.* section, and parses back byte for byte", () => {
    const differing: string[] = [];
    const raw: string[] = [];
    for (const member of members) {
      const text = wasm2wat(member.bytes);
      if (/\(@custom "(linking|reloc\.)/.test(text) || !text.includes("(@linking")) raw.push(member.name);
      if (Buffer.compare(Buffer.from(wat2wasm(text)), Buffer.from(member.bytes)) !== 0) differing.push(member.name);
    }
    expect(raw).toEqual([]);
    expect(differing).toEqual([]);
  });
});
