/**
 * Prediction that answers from the cached DFA when it can.
 *
 * antlr4ng's `adaptivePredict` marks the token stream, allocates a
 * prediction-state record and a fresh merge cache on every call, even when
 * its DFA already decides on the next token or two. In this grammar that is
 * nearly every decision: the instruction loops cannot be decided by the generated
 * LL(1) switches (a `(` may open an immediate such as `(type 0)` or a folded
 * instruction), so each item of an instruction sequence goes through
 * `adaptivePredict`; 3 MB of compiler output makes about 240000 calls and
 * 94 MB of garbage.
 *
 * The cached DFA is walked with lookahead (`LA(k)`) instead of consuming and
 * seeking back: while each token has an edge to a state that needs no
 * full-context retry, and the state reached accepts without predicates, the
 * stock simulation would return that state's prediction after the same
 * steps; this returns it at once. A missing edge, the error state, or a
 * walk longer than `MAX_STEPS` runs the stock algorithm, which also extends
 * the DFA.
 */
import { ATNSimulator, ParserATNSimulator, type ParserRuleContext, type TokenStream } from "antlr4ng";

/** Folded instructions need two tokens (`(` and a keyword); no decision here needs many. */
const MAX_STEPS = 4;

export class CachedPrediction extends ParserATNSimulator {
  override adaptivePredict(input: TokenStream, decision: number, outerContext: ParserRuleContext | null): number {
    const dfa = this.decisionToDFA[decision];
    let state = dfa.isPrecedenceDfa ? undefined : dfa.s0;
    for (let k = 1; state !== undefined && k <= MAX_STEPS; k++) {
      // Edges are shifted by one so that EOF (-1) has a slot.
      const next = state.edges[input.LA(k) + 1];
      if (next === undefined || next === ATNSimulator.ERROR || next.requiresFullContext) break;
      if (next.isAcceptState) {
        if (next.predicates === null) return next.prediction;
        break;
      }
      state = next;
    }
    return super.adaptivePredict(input, decision, outerContext);
  }
}
