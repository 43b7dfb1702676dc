/**
 * Rule contexts without class-field initialisers.
 *
 * antlr4ng's ParserRuleContext declares its fields as class fields, which
 * V8 (Node 20) initialises with "define own property" semantics. With one
 * subclass per grammar rule those stores become megamorphic and fall back to
 * the runtime: about 1.6 µs per context instead of 0.1 µs, a third of the
 * parse time of a small module. Rebasing the generated context classes onto
 * a constructor that assigns the same fields keeps every method, `instanceof`
 * and field of ParserRuleContext, and removes the cliff.
 */
import { ParserRuleContext } from "antlr4ng";
import * as generated from "../../generated/WatParser.js";

interface ContextFields {
  start: unknown;
  stop: unknown;
  children: unknown[];
  invokingState: number;
  parent: ParserRuleContext | null;
}

function AssigningContext(this: ContextFields, parent: ParserRuleContext | null, invokingState = -1): void {
  this.start = null;
  this.stop = null;
  this.children = [];
  this.invokingState = invokingState;
  this.parent = parent;
}
Object.setPrototypeOf(AssigningContext.prototype, ParserRuleContext.prototype);
Object.setPrototypeOf(AssigningContext, ParserRuleContext);

for (const value of Object.values(generated)) {
  if (typeof value === "function" && Object.getPrototypeOf(value) === ParserRuleContext) {
    Object.setPrototypeOf(value, AssigningContext);
    Object.setPrototypeOf(value.prototype, AssigningContext.prototype);
  }
}
