/**
 * Lexing that reads the cached DFA directly, and without an allocation per
 * character.
 *
 * antlr4ng's lexer simulator goes through a call per character for the
 * lookahead, one for the edge, one to consume (which re-reads the
 * character to count lines) and one to record each accept state it passes
 * through, in a new object: about a quarter of the time of a `wat2wasm` on
 * compiler output, and before the record was reused, half of all the memory
 * it allocated. Once the DFA has an edge for every character of a token,
 * the walk is a loop over the string: `CachedLexing` does that loop, and
 * leaves everything else (a character without a cached edge, no accept
 * state, the end-of-input token itself) to the stock simulator, starting again from the
 * token's first character; the stock simulator also extends the DFA.
 *
 * The grammar's only lexer commands put tokens on channels (`-> channel(..)`),
 * so an accepted token's channel is read from its accept state instead of
 * running the state's action executor; `useCachedLexing` checks this.
 */
import { ATNSimulator, type CharStream, type DFAState, type Lexer, LexerATNSimulator, LexerChannelAction } from "antlr4ng";
import { StringCharStream } from "./char-stream.js";

/** `matchCached`'s answer when the cached DFA cannot decide the token alone. */
export const UNCACHED = -100;

export class CachedLexing extends LexerATNSimulator {
  override match(input: CharStream, mode: number): number {
    if (input instanceof StringCharStream) {
      const type = this.matchCached(input, mode);
      if (type !== UNCACHED) return type;
    }
    return super.match(input, mode);
  }

  /** The next token's type, or `UNCACHED` (and nothing changed) when the stock simulator must decide. */
  matchCached(input: StringCharStream, mode: number): number {
    const s0 = this.decisionToDFA[mode]?.s0;
    return s0 === undefined ? UNCACHED : this.#walk(input, s0, mode);
  }

  /**
   * The stock `execATN` over DFA edges only: the longest match wins, ties go
   * to the earlier rule (the accept state's prediction already says which).
   * Nothing is changed unless a token is returned. The simulator's line and
   * column are left as they are: tokens work theirs out from their offsets.
   */
  #walk(input: StringCharStream, s0: DFAState, mode: number): number {
    const text = input.text;
    const lexer = this.recognizer as Lexer;
    const { minDFAEdge, maxDFAEdge } = lexer.options;
    const start = input.index;
    let accepted: DFAState | undefined = s0.isAcceptState ? s0 : undefined;
    let acceptedEnd = start;
    let state = s0;
    for (let at = start; ; ) {
      // No rule of this grammar matches the end of the input, so there the
      // stock simulation takes the error edge too: the longest match wins.
      if (at >= text.length) break;
      const c = text.charCodeAt(at);
      if (c < minDFAEdge || c > maxDFAEdge) return UNCACHED;
      const target = state.edges[c - minDFAEdge];
      if (target === undefined) return UNCACHED;
      if (target === ATNSimulator.ERROR) break;
      at++;
      if (target.isAcceptState) {
        accepted = target;
        acceptedEnd = at;
      }
      state = target;
    }
    if (accepted === undefined) return UNCACHED;
    this.mode = mode;
    this.startIndex = start;
    input.seek(acceptedEnd);
    if (accepted.lexerActionExecutor !== null) {
      for (const action of accepted.lexerActionExecutor.lexerActions) lexer.channel = (action as LexerChannelAction).channel;
    }
    return accepted.prediction;
  }
}

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

/**
 * On the stock path, the simulator's last accept state is read only when
 * the token ends and dropped at the start of the next, so one record per
 * simulator, overwritten, does the same as a new one per character.
 */
function reuseAcceptRecord(simulator: LexerATNSimulator): void {
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

/**
 * Gives `lexer` the cached-DFA simulator, sharing the generated lexer's DFA,
 * when its grammar's lexer commands are all `channel(..)`.
 */
export function useCachedLexing(lexer: Lexer): void {
  const stock = lexer.interpreter;
  if (!stock.atn.lexerActions.every((action) => action instanceof LexerChannelAction)) return;
  const simulator = new CachedLexing(lexer, stock.atn, stock.decisionToDFA, stock.sharedContextCache);
  reuseAcceptRecord(simulator);
  lexer.interpreter = simulator;
}
