/**
 * strip: removes custom sections whose names match patterns, and the names
 * of entities (the "name" section is written from them). Without an
 * argument, every custom section and every name.
 */
import type { Module } from "../../module/model.js";
import type { Pass } from "../pass.js";
import { globMatcher, listArg } from "../patterns.js";
import { forEachInstr } from "../../module/code-walk.js";
import { entitiesOf, forEachCode } from "../walk.js";

/** Patterns that stand for groups of sections. */
const GROUPS: Record<string, string[]> = {
  debug: [".debug_*", "sourceMappingURL", "external_debug_info"],
};

/** Removes matching custom sections; the pattern `name` (or `*`) also removes every entity name. */
export function strip(module: Module, patterns: readonly string[] = ["*"]): void {
  const expanded = patterns.flatMap((p) => GROUPS[p] ?? [p]);
  const matches = globMatcher(expanded);
  module.customs = module.customs.filter((c) => !matches(c.name));
  if (matches("name")) stripNames(module);
}

function stripNames(module: Module): void {
  delete module.name;
  for (const e of entitiesOf(module)) {
    delete e.name;
    if (e.entity === "func") for (const l of [...e.params, ...e.locals]) delete l.name;
    if (e.entity === "type" && e.comp.kind === "struct") for (const f of e.comp.fields) delete f.name;
  }
  forEachCode(module, (code) => forEachInstr(code, (ins) => delete ins.labelName));
  if (module.exact !== undefined) {
    delete module.exact.sections.name;
    delete module.exact.namesAfter;
  }
}

export const stripPass: Pass = {
  name: "strip",
  summary: "remove custom sections by name pattern, and entity names",
  usage: "strip[=PATTERN,...]",
  details:
    "PATTERN matches custom section names (* any characters, ? one); `debug` stands for .debug_*,\n" +
    "sourceMappingURL and external_debug_info; `name` removes the names of functions, locals, globals,\n" +
    "types, ... (the name section). Without an argument every custom section and every name goes.",
  example: "watkit rewrite app.wasm --pass strip=debug,producers -o app.wasm",
  run(module, arg) {
    strip(module, arg === undefined ? undefined : listArg(arg));
  },
};
