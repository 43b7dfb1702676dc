/** remove-unused-imports: drops imports nothing in the module refers to. */
import type { Module } from "../../module/model.js";
import { PassError, type Pass } from "../pass.js";
import { forEachCode, mapFields, mapCode, type Target } from "../walk.js";

/** Removes imports without a reference (exports, start, code, segments, other imports' types do not count for them). */
export function removeUnusedImports(module: Module): number {
  const used = new Set<Target>();
  const note = (t: Target | { entity: "dangling" }) => {
    if (t.entity !== "dangling") used.add(t);
    return t as Target;
  };
  mapFields(module, note);
  forEachCode(module, (code) => mapCode(code, note));
  const before = module.imports.length;
  module.imports = module.imports.filter((e) => used.has(e));
  return before - module.imports.length;
}

export const removeUnusedImportsPass: Pass = {
  name: "remove-unused-imports",
  summary: "remove imports that nothing in the module uses",
  usage: "remove-unused-imports",
  details: "An import is used when code, an export, the start function, a segment or a table/global initialiser refers to it.",
  example: "watkit rewrite app.wasm --pass replace-import=env.log=@log.wat --pass remove-unused-imports -o app.wasm",
  run(module, arg) {
    if (arg !== undefined) throw new PassError("remove-unused-imports", "takes no argument");
    removeUnusedImports(module);
  },
};
