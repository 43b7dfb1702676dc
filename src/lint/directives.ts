/**
 * Inline directives in WAT comments, ESLint's way:
 * `;; watkit-disable-next-line rule-a, rule-b -- reason`,
 * `;; watkit-disable-line rule`, and `(; watkit-disable rule ;)` …
 * `(; watkit-enable rule ;)` around a region. No rule list means every rule.
 * Directives record whether they silenced anything, so stale ones can be reported.
 */
import type { Comment } from "../syntax/ast.js";
import type { LineIndex } from "../syntax/line-index.js";

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids, or undefined for every rule. */
  rules?: string[];
  justification: string;
  /** The comment's span. */
  start: number;
  end: number;
  /** Line directives: the line they cover; region directives: the region's end offset (exclusive). */
  line?: number;
  regionEnd?: number;
  used: boolean;
}

const PATTERN = /^\s*watkit-(disable-next-line|disable-line|disable|enable)(?:\s+|$)(.*)$/s;

export function readDirectives(source: string, comments: readonly Comment[], lines: LineIndex): Directive[] {
  const found: Directive[] = [];
  for (const c of comments) {
    const body = c.block ? source.slice(c.start + 2, c.end - 2) : source.slice(c.start + 2, c.end);
    const match = PATTERN.exec(body);
    if (!match) continue;
    const kind = match[1] as DirectiveKind;
    const [list, ...reason] = match[2].split(/\s--\s|^--\s|\s--$/);
    const names = list
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const line = lines.lineOf(c.start);
    found.push({
      kind,
      rules: names.length > 0 ? names : undefined,
      justification: reason.join(" -- ").trim(),
      start: c.start,
      end: c.end,
      line: kind === "disable-line" ? line : kind === "disable-next-line" ? line + 1 : undefined,
      used: false,
    });
  }
  closeRegions(found, source.length);
  return found;
}

/** Each `disable` region ends at the next `enable` naming one of its rules (or naming none), else at the end. */
function closeRegions(directives: Directive[], end: number): void {
  const open: Directive[] = [];
  for (const d of directives) {
    if (d.kind === "disable") open.push(d);
    if (d.kind !== "enable") continue;
    for (let i = open.length - 1; i >= 0; i--) {
      const o = open[i];
      if (d.rules === undefined || o.rules === undefined || o.rules.some((r) => d.rules!.includes(r))) {
        o.regionEnd = d.start;
        open.splice(i, 1);
      }
    }
  }
  for (const o of open) o.regionEnd = end;
}

/** The directive that silences a finding of `ruleId` at `offset` on `line`, marked used; undefined if none does. */
export function suppressing(directives: readonly Directive[], ruleId: string, line: number, offset: number): Directive | undefined {
  for (const d of directives) {
    if (d.rules !== undefined && !d.rules.includes(ruleId)) continue;
    const covers = d.kind === "disable" ? offset >= d.end && offset < d.regionEnd! : d.line === line;
    if (d.kind !== "enable" && covers) {
      d.used = true;
      return d;
    }
  }
  return undefined;
}
