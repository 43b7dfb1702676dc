/**
 * Which engine messages mean which trap. The spec scripts name a trap by the
 * reference interpreter's message ("integer divide by zero"); V8 words its
 * RuntimeErrors its own way ("divide by zero"). An `assert_trap` passes only
 * when the engine trapped for the reason the script names, so a module
 * watkit encoded wrongly cannot pass by trapping for another reason.
 */

/** Reference interpreter message (a prefix of the script's) -> what V8 says for it. */
const TRAPS: [spec: string, engine: RegExp][] = [
  ["unreachable", /^unreachable/],
  ["out of bounds memory access", /memory access out of bounds|data segment (\d+ )?(is )?out of bounds/],
  ["out of bounds table access", /table index is out of bounds|elem(ent)? segment (\d+ )?(is )?out of bounds|table access out of bounds/],
  ["out of bounds array access", /array element access out of bounds|data segment out of bounds|element segment out of bounds/],
  ["undefined element", /table index is out of bounds/],
  ["uninitialized element", /null function|function signature mismatch/],
  ["indirect call type mismatch", /function signature mismatch/],
  ["integer divide by zero", /divide by zero|remainder by zero/],
  ["integer overflow", /divide result unrepresentable|float unrepresentable in integer range/],
  ["invalid conversion to integer", /float unrepresentable in integer range/],
  ["unaligned atomic", /unaligned/],
  ["cast failure", /illegal cast/],
  ["null", /dereferencing a null pointer|null function/],
];

/** Whether the engine's trap message is the trap the script names; undefined when the name is not known. */
export function isTrap(expected: string, engineMessage: string): boolean | undefined {
  const row = TRAPS.find(([spec]) => expected.startsWith(spec));
  return row === undefined ? undefined : row[1].test(engineMessage);
}
