/**
 * Feature targets: the features each named profile allows. `wasm1` is the
 * 1.0 recommendation, `wasm2` adds what 2.0 standardised, `wasm3` what 3.0
 * did; `lime1` is the tool-conventions Lime1 set (its bulk-memory subset is
 * `memory.copy`/`memory.fill` only, checked by instruction).
 */
import type { Feature } from "../isa/instructions.js";

const WASM1: Feature[] = ["mvp"];
const WASM2: Feature[] = [...WASM1, "sign-ext", "sat-trunc", "multi-value", "bulk-memory", "reference-types", "simd"];
const WASM3: Feature[] = [...WASM2, "relaxed-simd", "tail-call", "extended-const", "function-references", "gc", "exceptions", "memory64", "multi-memory"];
const LIME1: Feature[] = [...WASM1, "sign-ext", "sat-trunc", "multi-value", "extended-const"];

export const TARGETS: Record<string, readonly Feature[]> = { wasm1: WASM1, wasm2: WASM2, wasm3: WASM3, lime1: LIME1 };

/** Instructions a target allows although their feature is outside it. */
export const TARGET_EXTRAS: Record<string, readonly string[]> = { lime1: ["memory.copy", "memory.fill"] };
