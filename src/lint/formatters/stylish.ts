/**
 * ESLint's default layout: results grouped by file, each finding as
 * `line:column  severity  message  rule-id` with its source line and a caret,
 * then the totals and how many `--fix` can repair.
 */
import { LineIndex } from "../../syntax/line-index.js";
import type { Formatter } from "./formatter.js";
import { isFileMessage, severityWord } from "./formatter.js";

/** Widest source excerpt shown; longer lines (minified or generated text) are cut around the column. */
const WIDTH = 100;

export const stylish: Formatter = (results) => {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
    out.push("", result.filePath);
    const lines = result.source !== undefined ? new LineIndex(result.source) : undefined;
    for (const m of result.messages) {
      const where = lines === undefined && !isFileMessage(m) ? `0x${m.offset.toString(16)}` : `${m.line}:${m.column}`;
      out.push(`  ${where.padEnd(8)}  ${severityWord(m.severity).padEnd(7)}  ${m.message}  ${m.ruleId ?? ""}`.trimEnd());
      if (lines && !isFileMessage(m)) out.push(...excerpt(lines.lineText(m.line), m.column));
    }
  }
  const total = errors + warnings;
  if (total === 0) return "";
  out.push("", `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`);
  if (fixableErrors + fixableWarnings > 0) {
    out.push(`  ${fixableErrors} error${fixableErrors === 1 ? "" : "s"} and ${fixableWarnings} warning${fixableWarnings === 1 ? "" : "s"} potentially fixable with the \`--fix\` option.`);
  }
  return out.join("\n") + "\n";
};

function excerpt(line: string, column: number): string[] {
  const from = Math.max(0, Math.min(column - 1 - WIDTH / 2, line.length - WIDTH));
  const text = (from > 0 ? "..." : "") + line.slice(from, from + WIDTH) + (from + WIDTH < line.length ? "..." : "");
  const caret = " ".repeat(column - 1 - from + (from > 0 ? 3 : 0)) + "^";
  return [`    ${text}`, `    ${caret}`];
}
