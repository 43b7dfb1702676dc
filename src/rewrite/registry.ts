/** Every pass by name: drives `rewrite`, `watkit rewrite --pass` and its help. */
import type { Pass } from "./pass.js";
import { addExportPass } from "./passes/add-export.js";
import { addWatPass } from "./passes/add-wat.js";
import { dcePass } from "./passes/dce.js";
import { goWasiPass } from "./passes/go-wasi.js";
import { injectDataPass } from "./passes/inject-data.js";
import { mergePass } from "./passes/merge.js";
import { removeUnusedImportsPass } from "./passes/remove-unused-imports.js";
import { renamePass } from "./passes/rename.js";
import { replaceFuncPass } from "./passes/replace-func.js";
import { replaceImportPass } from "./passes/replace-import.js";
import { stripPass } from "./passes/strip.js";

export const PASSES: readonly Pass[] = [
  dcePass,
  stripPass,
  replaceImportPass,
  replaceFuncPass,
  removeUnusedImportsPass,
  addExportPass,
  addWatPass,
  renamePass,
  injectDataPass,
  mergePass,
  goWasiPass,
];

export function findPass(name: string): Pass | undefined {
  return PASSES.find((p) => p.name === name);
}
