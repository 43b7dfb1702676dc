/**
 * `watkit/object`: relocatable object files (tool-conventions Linking.md):
 * the symbol and relocation model `decode` lifts from "linking" and
 * "reloc.*" sections, `ar` archives, relocation types, `target_features`;
 * `link`, a static linker for wasm32 objects.
 *
 * @module watkit/object
 */
export * from "../object/index.js";
export { link } from "./public.js";
export { LinkError } from "../link/link-error.js";
export type { LinkInput, LinkOptions, LinkResult } from "../link/link-options.js";
