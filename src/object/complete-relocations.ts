/**
 * In an object file every function, global and tag index in code, and the
 * type index of `call_indirect`, is relocated (that is how LLVM writes them,
 * and a linker renumbers all of them). Code added by an edit has no
 * relocations yet: this gives each such immediate one, to the entity's
 * primary symbol (its first symbol in the table), adding a symbol when the
 * entity has none: undefined for an import, local for a definition.
 */
import type { CustomSection, Func, Global, Instr, Module, Tag } from "../module/model.js";
import type { InstrReloc, LinkingSymbol, RelocSlot, SectionTarget } from "../module/object-model.js";
import { SYM } from "../module/object-model.js";
import { relocSectionName } from "../module/object-text.js";

type Indexed = Func | Global | Tag;

const RELOC_FOR: Readonly<Record<string, [RelocSlot, string] | undefined>> = {
  func: ["func", "R_WASM_FUNCTION_INDEX_LEB"],
  global: ["global", "R_WASM_GLOBAL_INDEX_LEB"],
  tag: ["tag", "R_WASM_TAG_INDEX_LEB"],
  call_indirect: ["type", "R_WASM_TYPE_INDEX_LEB"],
};

export function completeRelocations(module: Module): void {
  const linking = module.linking!;
  const primary = new Map<unknown, LinkingSymbol>();
  for (const s of linking.symbols) {
    if (s.kind !== "data" && s.kind !== "section" && !primary.has(s.target)) primary.set(s.target, s);
  }
  const symbolOf = (entity: Indexed): LinkingSymbol => {
    let s = primary.get(entity);
    if (s === undefined) {
      s = newSymbol(entity);
      linking.symbols.push(s);
      primary.set(entity, s);
    }
    return s;
  };
  for (const f of module.funcs) {
    someInstr(f.body, (ins) => {
      const wanted = RELOC_FOR[ins.op.imm];
      if (wanted !== undefined && !(ins.relocs ?? []).some((r) => r.slot === wanted[0])) {
        const [slot, type] = wanted;
        const entity = slot === "type" ? ins.type! : (ins.func ?? ins.global ?? ins.tag)!;
        if (entity.entity !== "dangling") {
          const target = entity.entity === "type" ? entity : symbolOf(entity);
          (ins.relocs ??= []).push({ slot, type, target } satisfies InstrReloc);
        }
      }
      return false;
    });
  }
}

/** Whether `test` holds for an instruction of `body` (nested ones included), walked without recursion. */
function someInstr(body: Instr[], test: (ins: Instr) => boolean): boolean {
  const stack = [body];
  while (stack.length > 0) {
    for (const ins of stack.pop()!) {
      if (test(ins)) return true;
      if (ins.body !== undefined) stack.push(ins.body);
      if (ins.else !== undefined) stack.push(ins.else);
      for (const h of ins.handlers ?? []) stack.push(h.body);
    }
  }
  return false;
}

function newSymbol(entity: Indexed): LinkingSymbol {
  const kind = entity.entity;
  if (entity.import !== undefined) return { kind, flags: SYM.UNDEFINED, target: entity } as LinkingSymbol;
  return { kind, flags: SYM.BINDING_LOCAL, target: entity, name: entity.name ?? `${kind}${entity.index}` } as LinkingSymbol;
}

/** The name LLVM gives the reloc.* section of a target. */
/**
 * The linking section and one reloc.* section per target with relocations,
 * in LLVM's order (linking, reloc.CODE, reloc.DATA, then custom targets in
 * section order) right after the linking section: edits may have given
 * relocations to a target that had none, or taken the last ones away.
 */
export function placeObjectSections(module: Module): void {
  const customs = module.customs;
  let linking = customs.find((c) => c.generated?.kind === "linking");
  if (linking === undefined) {
    linking = { name: "linking", bytes: new Uint8Array(0), place: { position: "after", section: "data" }, generated: { kind: "linking" } };
    customs.push(linking);
  }
  const existing = new Map<unknown, CustomSection>();
  for (const c of customs) if (c.generated?.kind === "reloc") existing.set(c.generated.target, c);
  const targets: SectionTarget[] = [];
  if (module.funcs.some((f) => someInstr(f.body, (ins) => (ins.relocs?.length ?? 0) > 0))) targets.push("code");
  if (module.datas.some((d) => (d.relocs?.length ?? 0) > 0)) targets.push("data");
  for (const c of customs) if ((c.relocs?.length ?? 0) > 0) targets.push(c);
  const relocs = targets.map(
    (target) =>
      existing.get(target) ?? {
        name: relocSectionName(target),
        bytes: new Uint8Array(0),
        place: linking.place,
        generated: { kind: "reloc" as const, target },
      },
  );
  const rest = customs.filter((c) => c.generated?.kind !== "reloc");
  rest.splice(rest.indexOf(linking) + 1, 0, ...relocs);
  module.customs = rest;
}
