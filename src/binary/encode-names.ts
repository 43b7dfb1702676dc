/**
 * The "name" custom section: names of the module's entities, in the
 * subsection order of the extended name section (module 0, function 1,
 * local 2, label 3, type 4, table 5, memory 6, global 7, elem 8, data 9,
 * field 10, tag 11). Subsections with no names are left out, and so is the
 * whole section when nothing has a name.
 *
 * What is named follows wasm-tools, whose output is the reference:
 * - local names only for defined functions (parameters, then locals);
 * - label names are indexed by the position of the structured instruction
 *   (block, loop, if, try, try_table) in the function, in text order,
 *   counting unnamed ones; `encode-code.ts` collects them;
 * - field names only for struct types outside an explicit `(rec ...)`.
 *
 * Indices must already be assigned.
 */
import type { Module } from "../module/model.js";
import type { NameList } from "./encode-code.js";
import type { ByteWriter } from "./writer.js";

interface Named {
  name?: string;
  index: number;
}

function namesOf(items: readonly Named[], into: NameList = []): NameList {
  for (const item of items) {
    if (item.name !== undefined) into.push([item.index, item.name]);
  }
  return into;
}

function writeNameMap(w: ByteWriter, list: NameList): void {
  w.u32(list.length);
  for (const [index, name] of list) {
    w.u32(index);
    w.name(name);
  }
}

function writeIndirectMap(w: ByteWriter, list: Array<[number, NameList]>): void {
  w.u32(list.length);
  for (const [index, names] of list) {
    w.u32(index);
    writeNameMap(w, names);
  }
}

/** Writes the name section, if any entity has a name. `labels` comes from the code encoder. */
export function writeNameSection(w: ByteWriter, module: Module, labels: Array<[number, NameList]>): void {
  const imported = module.imports;
  const funcs = namesOf(
    module.funcs,
    namesOf(imported.filter((e) => e.entity === "func")),
  );
  const locals: Array<[number, NameList]> = [];
  for (const f of module.funcs) {
    const list = namesOf(f.locals, namesOf(f.params));
    if (list.length > 0) locals.push([f.index, list]);
  }
  const types: NameList = [];
  const fields: Array<[number, NameList]> = [];
  for (const group of module.types) {
    namesOf(group.types, types);
    if (group.explicit) continue;
    for (const t of group.types) {
      if (t.comp.kind !== "struct") continue;
      const list: NameList = [];
      const fs = t.comp.fields;
      for (let k = 0; k < fs.length; k++) {
        const name = fs[k].name;
        if (name !== undefined) list.push([k, name]);
      }
      if (list.length > 0) fields.push([t.index, list]);
    }
  }
  const tables = namesOf(module.tables, namesOf(imported.filter((e) => e.entity === "table")));
  const memories = namesOf(module.memories, namesOf(imported.filter((e) => e.entity === "memory")));
  const globals = namesOf(module.globals, namesOf(imported.filter((e) => e.entity === "global")));
  const tags = namesOf(module.tags, namesOf(imported.filter((e) => e.entity === "tag")));
  const elems = namesOf(module.elems);
  const datas = namesOf(module.datas);

  const maps: Array<[number, NameList]> = [
    [4, types],
    [5, tables],
    [6, memories],
    [7, globals],
    [8, elems],
    [9, datas],
  ];
  if (
    module.name === undefined &&
    funcs.length === 0 &&
    locals.length === 0 &&
    labels.length === 0 &&
    fields.length === 0 &&
    tags.length === 0 &&
    maps.every(([, list]) => list.length === 0)
  ) {
    return;
  }

  w.byte(0);
  const section = w.beginSized();
  w.name("name");
  const sub = (id: number, write: () => void): void => {
    w.byte(id);
    const mark = w.beginSized();
    write();
    w.endSized(mark);
  };
  if (module.name !== undefined) sub(0, () => w.name(module.name!));
  if (funcs.length > 0) sub(1, () => writeNameMap(w, funcs));
  if (locals.length > 0) sub(2, () => writeIndirectMap(w, locals));
  if (labels.length > 0) sub(3, () => writeIndirectMap(w, labels));
  for (const [id, list] of maps) {
    if (list.length > 0) sub(id, () => writeNameMap(w, list));
  }
  if (fields.length > 0) sub(10, () => writeIndirectMap(w, fields));
  if (tags.length > 0) sub(11, () => writeNameMap(w, tags));
  w.endSized(section);
}
