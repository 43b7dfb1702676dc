/**
 * Lexing without an allocation per character.
 *
 * antlr4ng's lexer simulator records its last accept state in a new object
 * each time the DFA passes through one, which for keywords, ids and numbers
 * is every character after the first: on 3 MB of compiler output, about
 * half of all the memory a `wat2wasm` allocates. The record is read only when
 * the token ends (to go back to the last accept) and is dropped at the start
 * of the next, so one record per simulator, overwritten, does the same.
 */
import type { CharStream, DFAState, LexerATNSimulator } from "antlr4ng";

interface AcceptRecord {
  index: number;
  line: number;
  column: number;
  dfaState: DFAState | undefined;
}

/** The simulator's members that TypeScript's declarations keep private. */
interface SimulatorState {
  line: number;
  column: number;
  prevAccept: AcceptRecord | undefined;
  captureSimState(input: CharStream, dfaState: DFAState): void;
}

export function reuseAcceptRecord(simulator: LexerATNSimulator): void {
  const state = simulator as unknown as SimulatorState;
  const record: AcceptRecord = { index: 0, line: 0, column: 0, dfaState: undefined };
  state.captureSimState = function (this: SimulatorState, input: CharStream, dfaState: DFAState): void {
    record.index = input.index;
    record.line = this.line;
    record.column = this.column;
    record.dfaState = dfaState;
    this.prevAccept = record;
  };
}
