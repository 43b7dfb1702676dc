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
 * the walk is a loop over the string: `CachedLexing` does that loop (over
 * a flat copy of the DFA's edges, `FlatDFA`), and leaves everything else (a character without a cached edge, no accept
 * state, the end-of-input token itself) to the stock simulator, starting again from the
 * token's first character; the stock simulator also extends the DFA.
 *
 * Block comments and annotations, which nest, are not walked at all: they
 * are read by the loops of `token-ends.ts`, whose cost does not grow with
 * the depth of nesting.
 *
 * The grammar's only lexer commands put tokens on channels (`-> channel(..)`),
 * so an accepted token's channel is read from its accept state instead of
 * running the state's action executor; `useCachedLexing` checks this.
 */
import { ATNSimulator, type CharStream, type DFAState, type Lexer, LexerATNSimulator, LexerChannelAction } from "antlr4ng";
import { WatLexer } from "../../../generated/WatLexer.js";
import { StringCharStream, TextCharStream } from "./char-stream.js";
import { WatSyntaxError } from "../errors.js";
import { annotationEnd, blockCommentEnd, opensNestedToken } from "../token-ends.js";

const OPEN = 0x28;
const SEMICOLON = 0x3b;
const COMMENTS = WatLexer.channelNames.indexOf("COMMENTS");
const ANNOTATIONS = WatLexer.channelNames.indexOf("ANNOTATIONS");

/** `matchCached`'s answer when the cached DFA cannot decide the token alone. */
export const UNCACHED = -100;

/** A `FlatDFA.next` entry for the DFA's error edge; 0 is an edge not copied (or not made) yet. */
const ERROR_EDGE = -1;

/**
 * One lexer mode's cached DFA as flat tables. Walking the DFA's own objects
 * costs three dependent loads per character (the state's edge array, the
 * edge, the target's accept flag); here it is one typed-array load. Edges
 * are copied from the DFA when first needed, so the tables follow the DFA
 * as the stock simulator extends it. Shared, like the DFA, by every lexer.
 */
class FlatDFA {
  /** `next[state * width + c - min]`: 0, `ERROR_EDGE`, or `target * 2 + (target accepts ? 1 : 0) + 1`. */
  next = new Int32Array(0);
  /** Per state: the token type it accepts and the channel that token goes to. */
  prediction = new Int32Array(0);
  channel = new Int32Array(0);
  /** The DFA states copied so far, by state number. */
  readonly states: DFAState[] = [];

  constructor(
    readonly min: number,
    readonly width: number,
  ) {}

  /** The entry for `state`'s edge on `c - min`, copied from the DFA; 0 when the DFA has no such edge yet. */
  learn(state: number, c: number): number {
    const target = this.states[state].edges[c];
    if (target === undefined) return 0;
    if (target === ATNSimulator.ERROR) return (this.next[state * this.width + c] = ERROR_EDGE);
    if (!this.know(target)) return 0;
    return (this.next[state * this.width + c] = target.stateNumber * 2 + (target.isAcceptState ? 1 : 0) + 1);
  }

  /** Makes room for `state` and records what it accepts; false for a state the DFA did not number. */
  know(state: DFAState): boolean {
    const n = state.stateNumber;
    if (n < 0) return false;
    if (this.states[n] === state) return true;
    if (n >= this.prediction.length) this.grow(Math.max(2 * this.prediction.length, n + 1, 64));
    this.states[n] = state;
    this.prediction[n] = state.prediction;
    let channel = 0;
    // The grammar's only lexer commands are `channel(..)` (`useCachedLexing` checks).
    for (const action of state.lexerActionExecutor?.lexerActions ?? []) channel = (action as LexerChannelAction).channel;
    this.channel[n] = channel;
    return true;
  }

  private grow(capacity: number): void {
    const next = new Int32Array(capacity * this.width);
    next.set(this.next);
    this.next = next;
    const prediction = new Int32Array(capacity);
    prediction.set(this.prediction);
    this.prediction = prediction;
    const channel = new Int32Array(capacity);
    channel.set(this.channel);
    this.channel = channel;
  }
}

/** The flat tables of each generated lexer's DFA (of its default mode, the grammar's only one). */
const flatTables = new WeakMap<object, FlatDFA>();

export class CachedLexing extends LexerATNSimulator {
  #flat: FlatDFA | undefined;

  override match(input: CharStream, mode: number): number {
    if (input instanceof TextCharStream) {
      const type = input instanceof StringCharStream ? this.matchCached(input, mode) : this.#nested(input, mode);
      if (type !== UNCACHED) return type;
    }
    return super.match(input, mode);
  }

  /** The next token's type, or `UNCACHED` (and nothing changed) when the stock simulator must decide. */
  matchCached(input: StringCharStream, mode: number): number {
    if (input.text.charCodeAt(input.index) === OPEN) {
      const nested = this.#nested(input, mode);
      if (nested !== UNCACHED) return nested;
    }
    const s0 = mode === 0 ? this.decisionToDFA[0]?.s0 : undefined;
    return s0 === undefined ? UNCACHED : this.#walk(input, s0);
  }

  /** A block comment or annotation at the cursor, read without recursion (`token-ends.ts`). */
  #nested(input: TextCharStream, mode: number): number {
    if (mode !== 0 || !opensNestedToken(input.LA(1), input.LA(2))) return UNCACHED;
    const start = input.index;
    const charAt = (offset: number): number => input.LA(offset - start + 1);
    const fail = (message: string, offset: number): never => {
      throw new WatSyntaxError(message, input.source, offset);
    };
    const comment = input.LA(2) === SEMICOLON;
    const end = comment ? blockCommentEnd(charAt, start, fail) : annotationEnd(charAt, start, fail);
    if (end < 0) return UNCACHED;
    this.mode = 0;
    this.startIndex = start;
    input.seek(end);
    (this.recognizer as Lexer).channel = comment ? COMMENTS : ANNOTATIONS;
    return comment ? WatLexer.BLOCK_COMMENT : WatLexer.ANNOTATION;
  }

  #tables(): FlatDFA {
    let flat = flatTables.get(this.decisionToDFA);
    if (flat === undefined) {
      const { minDFAEdge, maxDFAEdge } = (this.recognizer as Lexer).options;
      flat = new FlatDFA(minDFAEdge, maxDFAEdge - minDFAEdge + 1);
      flatTables.set(this.decisionToDFA, flat);
    }
    return (this.#flat = flat);
  }

  /**
   * The stock `execATN` over DFA edges only: the longest match wins, ties go
   * to the earlier rule (the accept state's prediction already says which).
   * Nothing is changed unless a token is returned. The simulator's line and
   * column are left as they are: tokens work theirs out from their offsets.
   */
  #walk(input: StringCharStream, s0: DFAState): number {
    const flat = this.#flat ?? this.#tables();
    if (flat.states[s0.stateNumber] !== s0 && !flat.know(s0)) return UNCACHED;
    const text = input.text;
    const { min, width } = flat;
    let next = flat.next;
    const start = input.index;
    let state = s0.stateNumber;
    let accepted = s0.isAcceptState ? state : -1;
    let acceptedEnd = start;
    // No rule of this grammar matches the end of the input, so there the
    // stock simulation takes the error edge too: the longest match wins.
    for (let at = start; at < text.length; ) {
      const c = text.charCodeAt(at) - min;
      if (c < 0 || c >= width) return UNCACHED;
      let edge = next[state * width + c];
      if (edge === 0) {
        edge = flat.learn(state, c);
        next = flat.next;
        if (edge === 0) return UNCACHED;
      }
      if (edge === ERROR_EDGE) break;
      at++;
      state = (edge - 1) >> 1;
      if (((edge - 1) & 1) !== 0) {
        accepted = state;
        acceptedEnd = at;
      }
    }
    if (accepted < 0) return UNCACHED;
    this.mode = 0;
    this.startIndex = start;
    input.seek(acceptedEnd);
    (this.recognizer as Lexer).channel = flat.channel[accepted];
    return flat.prediction[accepted];
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
