/**
 * Code metadata (tool-conventions' CodeMetadata.md): items of a kind `T`
 * attached to instructions, written `(@metadata.code.T "payload")` before
 * the instruction in text and kept in the custom section `metadata.code.T`
 * of a binary as (function index, byte offset in the body, payload); an
 * item of a whole function is written in its header and kept at offset 0. Any
 * kind travels through text and binary unchanged; the kinds the table
 * below knows also have their payload and the instructions they may
 * describe checked.
 *
 * Data plus lookups; it must not import any other layer.
 */

/** One item on an instruction: `kind` is the `T` of `metadata.code.T`. */
export interface CodeMetadata {
  readonly kind: string;
  readonly data: Uint8Array;
}

export const CODE_METADATA_PREFIX = "metadata.code.";

interface KnownKind {
  /** What an item is called in messages. */
  readonly what: string;
  /** The instructions an item may describe; any instruction when absent. */
  readonly targets?: readonly string[];
  /** Whether a payload has the kind's form. */
  readonly wellFormed: (data: Uint8Array) => boolean;
  /** The name of a payload that is not of that form. */
  readonly malformed: string;
}

const KNOWN: Readonly<Record<string, KnownKind>> = {
  branch_hint: { what: "branch hint", targets: ["br_if", "if"], wellFormed: (d) => d.length === 1 && d[0] <= 1, malformed: "malformed hint" },
  trace_inst: { what: "trace mark", wellFormed: isOneU32, malformed: "malformed mark id" },
};

/** Why a payload cannot be of its kind, or undefined when it can (any payload of an unknown kind). */
export function payloadProblem(kind: string, data: Uint8Array): string | undefined {
  const known = Object.hasOwn(KNOWN, kind) ? KNOWN[kind] : undefined;
  return known === undefined || known.wellFormed(data) ? undefined : known.malformed;
}

/** Why an item cannot describe the instruction `op`, or undefined when it can. */
export function targetProblem(kind: string, op: string): string | undefined {
  const targets = Object.hasOwn(KNOWN, kind) ? KNOWN[kind].targets : undefined;
  if (targets === undefined || targets.includes(op)) return undefined;
  return `invalid ${KNOWN[kind].what}: only ${targets.join(" and ")} take one, not ${op}`;
}

/** One unsigned LEB128 number below 2^32 and nothing after it. */
function isOneU32(data: Uint8Array): boolean {
  let end = 0;
  while (end < data.length && data[end] & 0x80) end++;
  return end === data.length - 1 && end < 5 && (end < 4 || data[end] < 0x10);
}
