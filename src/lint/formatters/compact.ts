/** One line per finding: `file: line L, col C, Severity - message (rule-id)`, as ESLint's compact formatter. */
import type { Formatter } from "./formatter.js";

export const compact: Formatter = (results) => {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const severity = m.severity === 2 ? "Error" : "Warning";
      out.push(`${r.filePath}: line ${m.line}, col ${m.column}, ${severity} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ""}`);
    }
  }
  const total = results.reduce((n, r) => n + r.messages.length, 0);
  if (total > 0) out.push("", `${total} problem${total === 1 ? "" : "s"}`);
  return out.length > 0 ? out.join("\n") + "\n" : "";
};
