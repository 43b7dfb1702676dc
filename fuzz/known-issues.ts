/**
 * Findings already filed and being fixed elsewhere (issue 17, items 12-19):
 * a run counts them apart from new findings, so it stays a check for
 * everything else meanwhile. An entry is removed once its fix is in; the
 * run then checks that case like any other.
 */
import type { Finding, FuzzInput } from "./check-input.js";

export interface KnownIssue {
  /** Where it is filed. */
  issue: string;
  matches(finding: Finding, input: FuzzInput): boolean;
}

export const KNOWN_ISSUES: readonly KnownIssue[] = [];

export function knownIssue(finding: Finding, input: FuzzInput): string | undefined {
  return KNOWN_ISSUES.find((k) => k.matches(finding, input))?.issue;
}
