/**
 * Shrinks an input that shows a finding while it still shows the same one
 * (same signature): pieces of halving size are cut out, bytes for a binary,
 * tokens for a text, then single characters of a short text. Bounded by a
 * number of attempts, so a slow input cannot stall a run.
 */
import type { FuzzInput } from "./check-input.js";
import { tokenize } from "./mutate-text.js";

export type Reproduces = (input: FuzzInput) => Promise<boolean>;

async function shrink<T>(items: T[], rebuild: (items: T[]) => FuzzInput, reproduces: Reproduces, budget: { left: number }): Promise<T[]> {
  let current = items;
  for (let chunk = Math.max(1, current.length >> 1); chunk >= 1 && budget.left > 0; chunk >>= 1) {
    for (let at = 0; at < current.length && budget.left > 0; ) {
      const candidate = [...current.slice(0, at), ...current.slice(at + chunk)];
      budget.left--;
      if (await reproduces(rebuild(candidate))) current = candidate;
      else at += chunk;
    }
  }
  return current;
}

export async function minimize(input: FuzzInput, reproduces: Reproduces, attempts = 600): Promise<FuzzInput> {
  const budget = { left: attempts };
  if (input.kind === "binary") {
    const bytes = await shrink([...input.bytes], (b) => ({ kind: "binary", bytes: Uint8Array.from(b) }), reproduces, budget);
    return { kind: "binary", bytes: Uint8Array.from(bytes) };
  }
  const tokens = await shrink(tokenize(input.text), (t) => ({ kind: "text", text: t.join("") }), reproduces, budget);
  const chars = await shrink([...tokens.join("")], (c) => ({ kind: "text", text: c.join("") }), reproduces, budget);
  return { kind: "text", text: chars.join("") };
}

/** An input as one line: a binary in hex, a text as a JSON string. */
export function describeInput(input: FuzzInput): string {
  return input.kind === "binary" ? `binary ${Buffer.from(input.bytes).toString("hex")}` : `text ${JSON.stringify(input.text)}`;
}
