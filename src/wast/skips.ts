/**
 * Why a command is skipped: the host engine cannot run or judge what it
 * needs (a feature it lacks, a size beyond its limits, a custom section it
 * does not validate, state a module it could not run may have changed).
 * Nothing else is a skip.
 */
import { encode } from "../binary/encode.js";
import type { Feature } from "../isa/instructions.js";
import type { Memory, Module, Table } from "../module/model.js";
import { engineValidates } from "./engine.js";

/** A module or command that needs features the engine lacks. */
export class EngineLacks extends Error {
  constructor(
    readonly features: Feature[],
    reason = `engine lacks ${features.join(", ")}`,
  ) {
    super(reason);
  }
}

/** A module whose memories or tables are larger than the engine allows (valid, but beyond its implementation limits). */
export class EngineLimit extends EngineLacks {
  constructor() {
    super([], "engine limit: a memory or table larger than the engine allows");
  }
}

/**
 * The skip for a module the engine refuses only for the size of its memories
 * or tables (engines may limit sizes below what is valid): found by asking
 * the engine again with every size clamped to at most 1.
 */
export function beyondEngineLimits(model: Module | undefined): EngineLimit | undefined {
  if (model === undefined) return undefined;
  const sized = [...model.imports, ...model.memories, ...model.tables].filter(
    (e): e is Memory | Table => e.entity === "memory" || e.entity === "table",
  );
  const original = sized.map((e) => e.limits);
  const clamp = (n: bigint): bigint => (n > 1n ? 1n : n);
  sized.forEach((e) => (e.limits = { ...e.limits, min: clamp(e.limits.min), max: e.limits.max === undefined ? undefined : clamp(e.limits.max) }));
  try {
    if (!sized.some((e, i) => e.limits.min !== original[i].min || e.limits.max !== original[i].max)) return undefined;
    return engineValidates(encode(model)) ? new EngineLimit() : undefined;
  } finally {
    sized.forEach((e, i) => (e.limits = original[i]));
  }
}
