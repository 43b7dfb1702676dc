/**
 * Rule contexts without class-field initialisers, and with child accessors
 * that index instead of iterating.
 *
 * antlr4ng's ParserRuleContext declares its fields as class fields, which
 * V8 (Node 20) initialises with "define own property" semantics. With one
 * subclass per grammar rule those stores become megamorphic and fall back to
 * the runtime: about 1.6 µs per context instead of 0.1 µs, a third of the
 * parse time of a small module. Rebasing the generated context classes onto
 * a constructor that assigns the same fields keeps every method, `instanceof`
 * and field of ParserRuleContext, and removes the cliff.
 *
 * A matched `LeanToken` goes into the tree as it is: it is its own
 * terminal node.
 *
 * The generated accessors (`ctx.ID()`, `ctx.param()`, ...) that the AST
 * builder calls go through antlr4ng's `getChild`/`getToken`, which iterate
 * with `for...of` and test `"symbol" in child`; on small modules that was a
 * twentieth of the parse. The versions below give the same answers.
 */
import { ParserRuleContext, type ParseTree, TerminalNode, type Token } from "antlr4ng";
import * as generated from "../../../generated/WatParser.js";
import { LeanToken } from "./lean-tokens.js";

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

type ContextClass = abstract new (...args: never[]) => ParseTree;

/**
 * The generated context classes. Each extends ParserRuleContext directly
 * (the grammar labels no alternatives), so a child is an instance of one
 * exactly when that is its class: comparing constructors gives what
 * `instanceof` gives, without walking the prototype chain.
 */
const contextClasses = new Set<unknown>();

/**
 * Marks a generated context class, on the class itself: every class gets the
 * same property in the same way, so they keep sharing one shape and reading
 * the mark stays a plain property load (a set lookup per child was a fiftieth
 * of a `wat2wasm`).
 */
const EXACT = Symbol("generated rule context");

function isA(child: ParseTree, type: ContextClass): boolean {
  return (type as { [EXACT]?: true })[EXACT] === true ? Object.getPrototypeOf(child) === type.prototype : child instanceof type;
}

function getChild(this: ContextFields, i: number, type?: ContextClass): ParseTree | null {
  const children = this.children as ParseTree[];
  if (i < 0 || i >= children.length) return null;
  if (!type) return children[i];
  for (let k = 0; k < children.length; k++) {
    if (isA(children[k], type) && i-- === 0) return children[k];
  }
  return null;
}

const accessors = {
  addTokenNode(this: ContextFields, token: Token): TerminalNode {
    if (token instanceof LeanToken) {
      this.children.push(token);
      return token;
    }
    const node = new TerminalNode(token);
    this.children.push(node);
    node.parent = this as unknown as ParserRuleContext;
    return node;
  },
  getChild,
  getRuleContext: getChild,
  getRuleContexts(this: ContextFields, type: ContextClass): ParseTree[] {
    const children = this.children as ParseTree[];
    const found: ParseTree[] = [];
    for (let k = 0; k < children.length; k++) if (isA(children[k], type)) found.push(children[k]);
    return found;
  },
  getToken(this: ContextFields, type: number, i: number): TerminalNode | null {
    const children = this.children as ParseTree[];
    if (i < 0 || i >= children.length) return null;
    for (let k = 0; k < children.length; k++) {
      const child = children[k];
      if (child instanceof TerminalNode && child.symbol.type === type && i-- === 0) return child;
    }
    return null;
  },
  getTokens(this: ContextFields, type: number): TerminalNode[] {
    const children = this.children as ParseTree[];
    const found: TerminalNode[] = [];
    for (let k = 0; k < children.length; k++) {
      const child = children[k];
      if (child instanceof TerminalNode && child.symbol.type === type) found.push(child);
    }
    return found;
  },
};
Object.assign(AssigningContext.prototype, accessors);

let installed = false;

/**
 * Rebases the generated context classes, once: nothing changes antlr4ng's or
 * the generated classes until the parser setup asks for it.
 */
export function installFastContexts(): void {
  if (installed) return;
  installed = true;
  for (const value of Object.values(generated)) {
    if (typeof value === "function" && Object.getPrototypeOf(value) === ParserRuleContext) {
      Object.setPrototypeOf(value, AssigningContext);
      Object.setPrototypeOf(value.prototype, AssigningContext.prototype);
      contextClasses.add(value);
      (value as { [EXACT]?: true })[EXACT] = true;
    }
  }
  for (const value of Object.values(generated)) {
    // A labelled alternative's context would subclass its rule's, and comparing constructors would miss it.
    if (typeof value === "function" && contextClasses.has(Object.getPrototypeOf(value))) {
      throw new Error(`fast-contexts: ${value.name} subclasses a rule context; compare with instanceof again`);
    }
  }
}
