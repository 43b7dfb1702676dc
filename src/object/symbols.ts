/**
 * Keeping an object's symbol table in step with edits of its entities:
 * which entities the linker can see (roots for dead-code removal), dropping
 * the symbols of entities an edit removed, and dropping custom sections
 * (DWARF) whose relocations no longer describe the code.
 */
import type { CustomSection, Module } from "../module/model.js";
import type { LinkingSymbol } from "../module/object-model.js";
import { SYM } from "../module/object-model.js";

type Entity = { entity: string };

/** Entities a linker may reach through the symbol table: non-local or kept (NO_STRIP) definitions, init functions. */
export function linkerRoots(module: Module): Entity[] {
  const linking = module.linking;
  if (linking === undefined) return [];
  const roots: Entity[] = [];
  const add = (s: LinkingSymbol) => {
    if (s.kind === "section") return;
    if (s.kind === "data") {
      if (s.target !== undefined) roots.push(s.target.data);
    } else if (s.target.entity !== "dangling" && s.target.import === undefined) {
      roots.push(s.target);
    }
  };
  for (const s of linking.symbols) if ((s.flags & SYM.BINDING_LOCAL) === 0 || (s.flags & SYM.NO_STRIP) !== 0) add(s);
  for (const f of linking.initFuncs) add(f.symbol);
  return roots;
}

/** The entities of a module, to tell which a symbol still names. */
function presentEntities(module: Module): Set<unknown> {
  return new Set<unknown>([...module.imports, ...module.funcs, ...module.globals, ...module.tags, ...module.tables, ...module.datas, ...module.customs, "code", "data"]);
}

function symbolPresent(s: LinkingSymbol, present: Set<unknown>): boolean {
  if (s.kind === "data") return s.target === undefined || present.has(s.target.data);
  return present.has(s.target);
}

/** Drops the symbols (and init functions, comdat members) of entities no longer in the module. */
export function pruneSymbols(module: Module): void {
  const linking = module.linking;
  if (linking === undefined) return;
  const present = presentEntities(module);
  linking.symbols = linking.symbols.filter((s) => symbolPresent(s, present));
  const kept = new Set(linking.symbols);
  linking.initFuncs = linking.initFuncs.filter((f) => kept.has(f.symbol));
  for (const c of linking.comdats) c.members = c.members.filter((m) => present.has(m.target));
  linking.comdats = linking.comdats.filter((c) => c.members.length > 0);
}

/**
 * Drops custom sections whose relocations cannot be written any more (a
 * symbol they name is gone, or `stale` says so), then those whose
 * relocations name a dropped section, with their reloc.* sections and
 * section symbols. Returns the names of the dropped sections.
 */
export function dropStaleSections(module: Module, stale: Set<CustomSection>): string[] {
  const linking = module.linking!;
  const symbols = new Set(linking.symbols);
  const dropped = new Set<CustomSection>(stale);
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of module.customs) {
      if (dropped.has(c) || c.relocs === undefined) continue;
      const broken = c.relocs.some((r) => {
        const target = r.target as LinkingSymbol;
        return !("kind" in target) ? false : !symbols.has(target) || (target.kind === "section" && dropped.has(target.target as CustomSection));
      });
      if (broken) {
        dropped.add(c);
        changed = true;
      }
    }
  }
  module.customs = module.customs.filter((c) => !dropped.has(c) && !(c.generated?.kind === "reloc" && dropped.has(c.generated.target as CustomSection)));
  pruneSymbols(module);
  return [...dropped].map((c) => c.name);
}

/** In an object file, the definition a symbol of `kind` called `name` is bound to (objects rarely have a name section to find it by). */
export function definitionNamed(module: Module, kind: string, name: string): Entity | undefined {
  const s = module.linking?.symbols.find((s) => s.kind === kind && s.kind !== "section" && s.name === name);
  return s === undefined || s.kind === "section" || s.kind === "data" ? undefined : s.target;
}

/** Renames the symbols bound to `entity` whose name is one of `from`: what a linker knows the entity by follows its new name. */
export function renameSymbols(module: Module, entity: Entity, from: readonly (string | undefined)[], to: string): void {
  for (const s of module.linking?.symbols ?? []) {
    if (s.kind !== "section" && s.kind !== "data" && s.target === entity && s.name !== undefined && from.includes(s.name)) s.name = to;
  }
}
