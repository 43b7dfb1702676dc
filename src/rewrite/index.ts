/**
 * rewrite: edits of a resolved Module without the compiler that made it.
 *
 * Takes a Module (from `decode` or `resolve`), changes it in place through
 * bound references (no pass ever shifts an index: `encode` assigns them),
 * gives the Module back. Knows nothing of bytes or text except that a WAT
 * snippet is resolved against the module (`snippet.ts`).
 *
 * - pass.ts, rewrite.ts, registry.ts: the pass shape, `rewrite(module, steps, options)` (which
 *   validates its result), the registry
 * - input-indices.ts: bare indices of every step mean the module as given to `rewrite`
 * - placement.ts: the overlap and bounds check of bytes placed in a memory
 * - walk.ts: every reference of a module, visited and replaceable through one function
 * - visit.ts: a visitor over instructions with replace / insert / remove
 * - snippet.ts: code added as WAT (the builders are module/build.ts)
 * - errors.ts: `InvalidRewriteError` and `SnippetError`, apart so that the root entry exports them without the passes
 * - find-entity.ts, substitution.ts: an entity named by a pass argument; one function put in place of another
 * - preserve.ts: a rewritten text module printed with its untouched fields as written
 * - passes/: one file per pass
 */
export { rewrite, type RewriteOptions } from "./rewrite.js";
export { InvalidRewriteError, SnippetError } from "./errors.js";
export { InputIndices } from "./input-indices.js";
export { type Pass, type PassHost, type PassStep, PassError } from "./pass.js";
export { PASSES, findPass } from "./registry.js";
export { visit, type Visitor, type InstrContext } from "./visit.js";
export { forEachInstr } from "../module/code-walk.js";
export { forEachCode, mapModule, mapCode, mapInstrRefs, type RefMap, type Target } from "./walk.js";
export { addData, addElem, addExport, addFunc, addGlobal, addImportFunc, addMemory, addTable, funcType, type FuncSpec } from "../module/build.js";
export { addWat, type SnippetOptions } from "./snippet.js";
export { dce } from "./passes/dce.js";
export { strip } from "./passes/strip.js";
export { FuncSubstitution, replaceFunc } from "./substitution.js";
export { replaceImport, replaceImports, type Replacement, type ReplaceOptions } from "./passes/replace-import.js";
export { replaceFuncs } from "./passes/replace-func.js";
export { removeUnusedImports } from "./passes/remove-unused-imports.js";
export { rename, type Renaming } from "./passes/rename.js";
export { injectData, freeAddress, type InjectOptions, type Injected } from "./passes/inject-data.js";
export { merge, type MergeInput, type MergeOptions } from "./passes/merge.js";
export { combineMemories } from "./passes/combine-memories.js";
export { goWasi } from "./passes/go-wasi.js";
