/**
 * `watkit/rewrite`: everything for editing a Module beyond `rewrite` with
 * pass names: the passes as functions, the registry, builders, WAT
 * snippets, traversals, and `.wat` rewriting that keeps the untouched
 * text. The functions that take bytes or options from outside are the
 * checked ones of `public.ts`; the rest take what the rewrite layer takes.
 *
 * @module watkit/rewrite
 */
export * from "../rewrite/index.js";
// Explicit exports take precedence over `export *`: these check their arguments at the door.
export { addData, injectData, rewrite } from "./public.js";
export { emptyModule } from "../module/empty.js";
export { printKeepingText, readWatKeepingText, type TextOrigin } from "../rewrite/preserve.js";
