/** What running a script's commands gave: one outcome per command, and the counts. */

export type Outcome =
  | { kind: "passed" }
  | { kind: "failed"; message: string }
  /** Only when the host engine lacks a feature the command needs. */
  | { kind: "skipped"; reason: string };

export interface CommandOutcome {
  /** 1-based line and column of the command in its script. */
  line: number;
  column: number;
  /** The command's keyword: `module`, `assert_return`, ... */
  command: string;
  outcome: Outcome;
}

export interface ScriptReport {
  file: string;
  commands: CommandOutcome[];
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

export function countOutcomes(reports: readonly ScriptReport[]): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const report of reports) for (const c of report.commands) counts[c.outcome.kind]++;
  return counts;
}

/** `file:line:column: failed: assert_return: message`, or `skipped (reason)`; nothing for a pass. */
export function outcomeLine(file: string, c: CommandOutcome): string | undefined {
  const at = `${file}:${c.line}:${c.column}`;
  if (c.outcome.kind === "failed") return `${at}: failed: ${c.command}: ${c.outcome.message}`;
  if (c.outcome.kind === "skipped") return `${at}: skipped: ${c.command}: ${c.outcome.reason}`;
  return undefined;
}

export function countsLine(counts: Counts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}
