/** The entity a pass argument names: `$name`, or an index of the module's or the input's index spaces. */
import type { ExportKind, Module } from "../module/model.js";
import { IMPORT_SPACE, indexSpaces } from "../module/index-space.js";
import type { addExport } from "../module/build.js";
import type { InputIndices } from "./input-indices.js";
import { PassError } from "./pass.js";

export type Exportable = Parameters<typeof addExport>[2];

/**
 * The entity of `kind` named `$name` or at index `ref`: an index of the
 * `input`'s index spaces when given (an index whose entity is gone is the
 * `pass`'s error), else of the module's own.
 */
export function findEntity(module: Module, kind: ExportKind, ref: string, input?: InputIndices, pass = "add-export"): Exportable | undefined {
  if (input !== undefined && /^\d+$/.test(ref)) {
    const found = input.entity(IMPORT_SPACE[kind], Number(ref), module);
    if (typeof found === "string") throw new PassError(pass, found);
    return found as Exportable;
  }
  const list: Exportable[] = indexSpaces(module)[IMPORT_SPACE[kind]];
  if (ref.startsWith("$")) return list.find((e) => e.name === ref.slice(1));
  return /^\d+$/.test(ref) ? list[Number(ref)] : undefined;
}
