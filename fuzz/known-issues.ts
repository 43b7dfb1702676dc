/**
 * Findings already filed and being fixed elsewhere (issue 17, items 12-19):
 * a run counts them apart from new findings, so it stays a check for
 * everything else meanwhile. An entry is removed once its fix is in; the
 * run then checks that case like any other.
 */
import { type Finding, type FuzzInput, ROUND_TRIP_DIFFERS } from "./check-input.js";
import { decode } from "../src/binary/decode.js";
import { wasm2wat } from "../src/wasm2wat.js";
import { wat2wasm } from "../src/wat2wasm.js";

export interface KnownIssue {
  /** Where it is filed. */
  issue: string;
  matches(finding: Finding, input: FuzzInput): boolean;
}

/** The binary a finding is about: the input, or the encoding of a text input. */
function binaryOf(input: FuzzInput): Uint8Array | undefined {
  if (input.kind === "binary") return input.bytes;
  try {
    return wat2wasm(input.text);
  } catch {
    return undefined;
  }
}

/** Whether the binary comes back exactly when its names are printed as a raw custom section: then names made the difference. */
function exactWithoutNames(bytes: Uint8Array): boolean {
  try {
    return Buffer.compare(wat2wasm(wasm2wat(bytes, { names: false })), bytes) === 0;
  } catch {
    return false;
  }
}

function hasNameSection(bytes: Uint8Array): boolean {
  try {
    return decode(bytes, { names: false }).customs.some((c) => c.name === "name");
  } catch {
    return false;
  }
}

function printsSharedTable(bytes: Uint8Array): boolean {
  try {
    return /\(table\b[^\n]*\bshared\b/.test(wasm2wat(bytes));
  } catch {
    return false;
  }
}

const textOf = (input: FuzzInput): string => (input.kind === "text" ? input.text : "");

export const KNOWN_ISSUES: readonly KnownIssue[] = [
  {
    // Not item 17's case itself, but the same recursive comment and annotation rules of the
    // lexer: hundreds of unclosed `(;` inside an annotation take minutes to reject.
    issue: "issue 17 item 17 (its lexer rules): unclosed block comments in an annotation",
    matches: (f, input) => f.stage === "worker" && textOf(input).split("(;").length > 100,
  },
  {
    issue: "issue 17 item 12: folded format of deep flat code",
    matches: (f) => f.stage.includes("format --folded") && /Maximum call stack|nesting deeper than|nested too deeply/.test(f.problem),
  },
  {
    issue: "issue 17 item 13: LiteralError from a branch hint",
    matches: (f, input) => f.problem.startsWith("LiteralError") && textOf(input).includes("@metadata.code.branch_hint"),
  },
  {
    issue: "issue 17 item 14: a branch hint not before if/br_if",
    matches: (f, input) => /format --(?:flat|folded)/.test(f.stage) && textOf(input).includes("@metadata.code.branch_hint"),
  },
  {
    issue: "issue 17 item 15: names lost or moved in round trips",
    matches: (f, input) => f.problem === ROUND_TRIP_DIFFERS && input.kind === "binary" && hasNameSection(input.bytes) && exactWithoutNames(input.bytes),
  },
  {
    issue: "issue 17 item 16: table limit flags printed as shared",
    matches: (f, input) => {
      if (!f.stage.includes("of wasm2wat")) return false;
      const bytes = binaryOf(input);
      return bytes !== undefined && printsSharedTable(bytes);
    },
  },
];

export function knownIssue(finding: Finding, input: FuzzInput): string | undefined {
  return KNOWN_ISSUES.find((k) => k.matches(finding, input))?.issue;
}
