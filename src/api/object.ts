/**
 * `watkit/object`: relocatable object files (tool-conventions Linking.md):
 * the symbol and relocation model `decode` lifts from "linking" and
 * "reloc.*" sections, `ar` archives, relocation types, `target_features`.
 *
 * @module watkit/object
 */
export * from "../object/index.js";
