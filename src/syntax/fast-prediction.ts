/**
 * Prediction that answers from the cached DFA when the next token decides.
 *
 * antlr4ng's `adaptivePredict` marks the token stream, allocates a
 * prediction-state record and a fresh merge cache on every call, even when
 * its DFA decides on the next token alone. In this grammar that is nearly
 * every decision: the instruction loops cannot be decided by the generated
 * LL(1) switches (a `(` may open an immediate such as `(type 0)` or a folded
 * instruction), so each item of an instruction sequence goes through
 * `adaptivePredict`; 3 MB of compiler output makes about 240000 calls and
 * 94 MB of garbage.
 *
 * When the decision's start state has an edge for the next token to an
 * accept state that has no predicates and needs no full-context retry, the
 * stock simulation would return that state's prediction after its first
 * step; this returns it at once. Every other case runs the stock algorithm.
 */
import { ParserATNSimulator, type ParserRuleContext, type TokenStream } from "antlr4ng";

export class OneTokenPrediction extends ParserATNSimulator {
  override adaptivePredict(input: TokenStream, decision: number, outerContext: ParserRuleContext | null): number {
    const dfa = this.decisionToDFA[decision];
    const start = dfa.s0;
    if (start !== undefined && !dfa.isPrecedenceDfa) {
      // Edges are shifted by one so that EOF (-1) has a slot.
      const next = start.edges[input.LA(1) + 1];
      if (next !== undefined && next.isAcceptState && next.predicates === null && !next.requiresFullContext) return next.prediction;
    }
    return super.adaptivePredict(input, decision, outerContext);
  }
}
