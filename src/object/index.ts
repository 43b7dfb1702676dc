/**
 * object/: relocatable object files (tool-conventions Linking.md). Takes a
 * decoded module's "linking" and "reloc.*" custom sections and gives the
 * model's symbols (bound to entities) and relocations (on the immediates,
 * data bytes and custom-section bytes they patch); writes them back from the
 * model when encoding. It reads and writes bytes through the binary layer
 * and knows nothing about text. `ar` archives (static libraries) are read
 * here too.
 */
export { readArchive, isArchive, type ArchiveMember } from "./archive.js";
export { SEG, SYM } from "../module/object-model.js";
export type * from "../module/object-model.js";
export { OBJECT_RULES, ObjectFileError, type ObjectRule } from "./object-error.js";
export { RELOC_TYPES, relocTypeByCode, relocTypeByName, relocWidth, type RelocType } from "../types/reloc-types.js";
export { linkerRoots, pruneSymbols } from "./symbols.js";
export { readTargetFeatures, TARGET_FEATURES_SECTION, writeTargetFeatures, type FeaturePrefix, type TargetFeature } from "./target-features.js";
