/**
 * Applies the fixes of one lint round to the text: non-overlapping ones,
 * in order. A fixed text is kept only if it parses and validates; when the
 * whole round does not, each fix is tried on its own so one bad edit does
 * not cost the others.
 */
import { resolveModule } from "../module/resolve.js";
import { WatError } from "../syntax/errors.js";
import { parseWat } from "../syntax/parse.js";
import { validate } from "../validate/validate.js";
import type { Fix, LintMessage } from "./rule.js";

export function applyFixes(text: string, messages: readonly LintMessage[]): string {
  const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: Fix[] = [];
  for (const fix of fixes) {
    const last = chosen[chosen.length - 1];
    if (last === undefined || fix.range[0] >= last.range[1]) chosen.push(fix);
  }
  if (chosen.length === 0) return text;
  const all = edit(text, chosen);
  if (stillValid(all)) return all;
  let kept = text;
  // From the end, so the ranges of the fixes not yet tried still hold.
  for (let i = chosen.length - 1; i >= 0; i--) {
    const candidate = edit(kept, [chosen[i]]);
    if (stillValid(candidate)) kept = candidate;
  }
  return kept;
}

function edit(text: string, fixes: readonly Fix[]): string {
  let out = "";
  let at = 0;
  for (const { range, text: replacement } of fixes) {
    out += text.slice(at, range[0]) + replacement;
    at = range[1];
  }
  return out + text.slice(at);
}

/** Whether fixed text parses and validates, read as the linter reads it (old keyword spellings too). */
function stillValid(text: string): boolean {
  try {
    const first = parseWat(text, { legacyNames: true }).commands[0];
    return first?.kind === "module" && first.module.kind === "module" && validate(resolveModule(first.module, text)).valid;
  } catch (error) {
    if (error instanceof WatError) return false;
    throw error;
  }
}
