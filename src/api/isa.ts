/**
 * `watkit/isa`: the instruction table every layer reads (mnemonic, opcode,
 * immediates, feature) and each instruction's stack effect.
 *
 * @module watkit/isa
 */
export { INSTRUCTIONS, instrByName, instrByOpcode, type Feature, type Imm, type InstrDef } from "../isa/instructions.js";
export { stackEffect, type StackEffect } from "../isa/stack-effect.js";
export { FEATURES, FeatureSet, parseFeatures, PROFILES, type Profile } from "../isa/features.js";
