/**
 * `watkit/lint`: `lint` with the rule registry, the presets and the types a
 * configuration or a rule is written with.
 *
 * @module watkit/lint
 */
export * from "../lint/index.js";
// Explicit exports take precedence over `export *`: this one checks its arguments at the door.
export { lint } from "./public.js";
