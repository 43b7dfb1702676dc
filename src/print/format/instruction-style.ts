/**
 * Converting function bodies between flat and folded instructions, on the
 * concrete syntax tree, only where the conversion is exact (the same
 * instructions in the same order):
 *
 * - to flat: `(op imm* e*)` is `e* op imm*`; folded blocks become
 *   `block ... end` (an `if`'s condition goes before it). Always exact.
 * - to folded: `e1 ... en op` becomes `(op e1 ... en)` when the instruction
 *   instruction table, or for calls, branches and other instructions whose
 *   counts depend on the module the module's types (`effects`, by source
 *   position), say `op` pops n values and the n instructions before it each
 *   leave exactly one value; an instruction whose counts are unknown stays
 *   flat, as does anything next to a comment. Flat blocks become folded blocks; a
 *   block with parameters, or an `if` whose condition is not one such
 *   expression, keeps its operands before it.
 *
 * Only code in `(func ...)` bodies is converted: elsewhere (offsets, element
 * items) the folded form can be an abbreviation that has no flat spelling.
 * A function with a list whose keyword comes after a comment is left as
 * written.
 */
import { instrByName } from "../../isa/instructions.js";
import { stackEffect, type StackEffect } from "../../isa/stack-effect.js";
import { MAX_FOLDED_DEPTH } from "../../syntax/nesting.js";
import { headWord, type CstList, type CstNode, type CstToken } from "./cst.js";

export type InstructionStyle = "preserve" | "flat" | "folded";

/**
 * Stack effects of instructions whose counts depend on the module, by the
 * source position resolve gives them: the mnemonic, or the parenthesis of a
 * folded instruction.
 */
export type ModuleEffects = ReadonlyMap<number, StackEffect>;

const NO_EFFECTS: ModuleEffects = new Map();

/** A copy of `node` with the function bodies in it written in `style`. */
export function convertInstructions(node: CstList, style: "flat" | "folded", effects: ModuleEffects = NO_EFFECTS): CstList {
  const head = headWord(node);
  if (head === "func") {
    const start = funcBodyStart(node);
    const body = node.children.slice(start);
    if (hasAsideBeforeHead(body)) return node;
    const converted = style === "flat" ? unfoldAll(body) : foldAll(unfoldAll(body), effects);
    return { ...node, children: [...node.children.slice(0, start), ...converted] };
  }
  if (head === "module" || (head !== undefined && SCRIPT_WRAPPERS.has(head))) {
    return { ...node, children: node.children.map((c) => (c.kind === "list" ? convertInstructions(c, style, effects) : c)) };
  }
  return node;
}

/** Commands whose module argument is converted too. */
const SCRIPT_WRAPPERS: ReadonlySet<string> = new Set([
  "assert_invalid", "assert_unlinkable", "assert_uninstantiable", "assert_trap",
]);

const FUNC_HEADER_LISTS: ReadonlySet<string> = new Set(["export", "import", "type", "param", "result", "local"]);


function isInstr(node: CstNode): boolean {
  return node.kind === "atom" && instrByName(node.text) !== undefined;
}

/** Index of the first instruction of a function (after its header and locals). */
function funcBodyStart(func: CstList): number {
  const children = func.children;
  let start = 1;
  for (let i = 1; i < children.length; i++) {
    const c = children[i];
    if (c.kind === "line-comment" || c.kind === "block-comment") continue;
    if (startsCode(c)) break;
    // An annotation right before the first instruction (a branch hint) is code's.
    if (c.kind === "annotation" && children[i + 1] !== undefined && startsCode(children[i + 1])) break;
    start = i + 1;
  }
  return start;
}

function startsCode(node: CstNode): boolean {
  return node.kind === "atom" ? isInstr(node) : node.kind === "list" && !FUNC_HEADER_LISTS.has(headWord(node) ?? "");
}

const BLOCK_HEADER_LISTS: ReadonlySet<string> = new Set(["type", "param", "result"]);
const CATCH_CLAUSES: ReadonlySet<string> = new Set(["catch", "catch_ref", "catch_all", "catch_all_ref"]);

function atom(text: string): CstToken {
  return { kind: "atom", text, newlines: 1 };
}

/** A token or list as the first thing on a new line. */
function onNewLine<T extends CstNode>(node: T): T {
  return node.newlines > 0 ? node : { ...node, newlines: 1 };
}

// ---------------------------------------------------------------------------
// To flat

/**
 * Work for `unfoldAll`: a sequence of nodes to unfold, or nodes to write as
 * they are. Folded code is unfolded from a stack of these rather than by
 * recursion, so its depth costs no stack.
 */
type Unfolding = { nodes: readonly CstNode[]; next: number } | { write: CstNode[] };

/**
 * The flat form of `nodes`. An annotation right before a folded
 * instruction (a branch hint) belongs to its mnemonic, so it moves with it,
 * after the operands.
 */
function unfoldAll(nodes: readonly CstNode[]): CstNode[] {
  const out: CstNode[] = [];
  const todo: Unfolding[] = [{ nodes, next: 0 }];
  while (todo.length > 0) {
    const top = todo[todo.length - 1];
    if ("write" in top) {
      todo.pop();
      for (const node of top.write) out.push(node);
      continue;
    }
    if (top.next >= top.nodes.length) {
      todo.pop();
      continue;
    }
    let node = top.nodes[top.next++];
    let annotation: CstToken | undefined;
    const next = top.nodes[top.next];
    if (node.kind === "annotation" && next !== undefined && next.kind === "list" && instrByName(headWord(next) ?? "") !== undefined) {
      annotation = node;
      node = next;
      top.next++;
    }
    const steps = unfolding(node, annotation);
    for (let k = steps.length - 1; k >= 0; k--) todo.push(steps[k]);
  }
  return out;
}

/** How to unfold `node`, with `annotation` right before its mnemonic: the steps in order. */
function unfolding(node: CstNode, annotation?: CstToken): Unfolding[] {
  const head = node.kind === "list" ? headWord(node) : undefined;
  const def = head === undefined ? undefined : instrByName(head);
  // Not an instruction, or the `(catch ...)` of a try_table (an immediate, not code).
  if (node.kind !== "list" || def === undefined || def.imm === "structural") return [{ write: annotation !== undefined ? [annotation, node] : [node] }];
  if (def.imm === "block" || def.imm === "try" || def.imm === "try_table") return blockUnfolding(node, def.imm === "try_table", annotation);
  const children = node.children;
  // Immediates (words, type uses, reference types, comments among them) stay with the mnemonic.
  let end = 1;
  while (end < children.length && (children[end].kind !== "list" || isImmediateList(children[end]))) end++;
  // Comments and annotations after the last immediate come before the operands in the source: flat, they still do
  // (an annotation there, code metadata, describes the first operand's instruction, not the mnemonic's).
  let cut = end;
  while (cut > 1 && (isComment(children[cut - 1]) || children[cut - 1].kind === "annotation")) cut--;
  const leading = end < children.length ? children.slice(cut, end).map((c, k) => (k === 0 ? onNewLine(c) : c)) : [];
  const write: CstNode[] = annotation !== undefined ? [onNewLine(annotation)] : [];
  // Resolve places a folded instruction at its parenthesis: so does the mnemonic written flat, for `effects`.
  write.push({ ...onNewLine(children[0]), start: node.start }, ...children.slice(1, leading.length > 0 ? cut : end));
  const operands: Unfolding = { nodes: children.slice(end), next: 0 };
  return leading.length > 0 ? [{ write: leading }, operands, { write }] : [operands, { write }];
}

function isComment(node: CstNode): boolean {
  return node.kind === "block-comment" || node.kind === "line-comment";
}

function isImmediateList(node: CstNode): boolean {
  if (node.kind !== "list") return false;
  const head = headWord(node);
  return head === "type" || head === "param" || head === "result" || head === "ref" || head === "on" || head === "exact" || head === "shared";
}

/** Index past the first `count` words after a clause's keyword, the comments and annotations among them included. */
function wordsEnd(children: readonly CstNode[], count: number): number {
  let end = 1;
  for (let taken = 0; taken < count && end < children.length; end++) if (!isAside(children[end])) taken++;
  return end;
}

function blockUnfolding(node: CstList, tryTable: boolean, annotation: CstToken | undefined): Unfolding[] {
  const children = node.children;
  const inHeader = (c: CstNode): boolean =>
    (c.kind === "atom" && !isInstr(c)) || (c.kind === "list" && (BLOCK_HEADER_LISTS.has(headWord(c) ?? "") || (tryTable && CATCH_CLAUSES.has(headWord(c) ?? ""))));
  // Comments and annotations among the header's words stay in the header, as does a block comment on its line.
  let end = 1;
  for (let k = 1; k < children.length && (inHeader(children[k]) || isAside(children[k])); k++) if (!isAside(children[k])) end = k + 1;
  while (end < children.length && children[end].kind === "block-comment" && children[end].newlines === 0) end++;
  const header = [...(annotation !== undefined ? [onNewLine(annotation)] : []), onNewLine(children[0]), ...children.slice(1, end)];
  const rest = children.slice(end);
  const keyword = headWord(node);
  if (keyword !== "if" && keyword !== "try") return [{ write: header }, { nodes: rest, next: 0 }, { write: [atom("end")] }];
  const clauses = rest.filter((c) => c.kind === "list" && ["then", "else", "do", "catch", "catch_all", "delegate"].includes(headWord(c) ?? ""));
  const steps: Unfolding[] = [{ nodes: rest.filter((c) => !clauses.includes(c)), next: 0 }, { write: header }];
  let delegated = false;
  for (const clause of clauses as CstList[]) {
    const word = headWord(clause)!;
    // `catch $tag` and `delegate $label` take one word, with the comments and annotations before it; `then`, `else`, `do` and `catch_all` none.
    const words = clause.children.slice(1, wordsEnd(clause.children, word === "catch" || word === "delegate" ? 1 : 0));
    if (word === "delegate") {
      steps.push({ write: [atom("delegate"), ...words] });
      delegated = true;
      continue;
    }
    if (word !== "then" && word !== "do") steps.push({ write: [atom(word), ...words] });
    steps.push({ nodes: clause.children.slice(1 + words.length), next: 0 });
  }
  if (!delegated) steps.push({ write: [atom("end")] });
  return steps;
}


// ---------------------------------------------------------------------------
// To folded (from flat code)

/**
 * A folded expression being built: how many values it leaves (undefined:
 * not known), how many parentheses it nests. A block written flat is one
 * expression holding the run of its parts, so that blocks around it take it
 * as a whole instead of copying its parts (flat code of any depth folds in
 * time linear in its size).
 */
interface Expr {
  node: CstNode | { run: Expr[] };
  pushes: number | undefined;
  depth: number;
}

/** A body of a flat block being folded: `then`, `else`, `do`, `catch $t`, or a block's only body (word ""). */
interface Clause {
  word: string;
  words: CstNode[];
  exprs: Expr[];
}

/** A flat block whose `end` has not been reached yet. */
interface OpenBlock {
  /** Where its keyword is in the flat code. */
  at: number;
  keyword: string;
  header: CstNode[];
  hasParams: boolean;
  /** The expressions of the body around it. */
  outer: Expr[];
  clauses: Clause[];
  /** `delegate $label` that ends a `try`. */
  delegate?: CstNode;
}

/**
 * Folds a flat function body. Blocks are opened and closed on an explicit
 * stack, so flat code of any depth folds without recursion; what would nest
 * deeper than `MAX_FOLDED_DEPTH` parentheses stays flat, as the printer
 * writes it, so the result reads back.
 */
function foldAll(flat: readonly CstNode[], effects: ModuleEffects): CstNode[] {
  const root: Expr[] = [];
  const open: OpenBlock[] = [];
  let exprs = root;
  let i = 0;
  /** Not exactly foldable (unbalanced or unusual): from the outermost open block on, the code stays as written. */
  const asWritten = (): CstNode[] => {
    for (let k = open.length > 0 ? open[0].at : i; k < flat.length; k++) root.push({ node: flat[k], pushes: undefined, depth: 0 });
    return nodesOf(root);
  };
  while (i < flat.length) {
    const node = flat[i];
    if (node.kind !== "atom" || !isInstr(node)) {
      exprs.push({ node, pushes: undefined, depth: node.kind === "list" ? 1 : 0 });
      i++;
      continue;
    }
    const def = instrByName(node.text)!;
    if (def.imm === "block" || def.imm === "try" || def.imm === "try_table") {
      const keyword = node.text;
      const header: CstNode[] = [{ ...node, newlines: 0 }];
      let j = i + 1;
      const inHeader = (n: CstNode): boolean => isHeaderWord(n) || (keyword === "try_table" && isCatchClause(n));
      // Comments and annotations among the header's words stay in the header, where they were.
      for (let k = j; k < flat.length && (inHeader(flat[k]) || isAside(flat[k])); k++) {
        if (isAside(flat[k])) continue;
        while (j <= k) header.push(isAside(flat[j]) ? flat[j++] : sameLine(flat[j++]));
      }
      const hasParams = header.some((h) => h.kind === "list" && (headWord(h) === "param" || headWord(h) === "type"));
      const first: Clause = { word: keyword === "if" ? "then" : keyword === "try" ? "do" : "", words: [], exprs: [] };
      open.push({ at: i, keyword, header, hasParams, outer: exprs, clauses: [first] });
      exprs = first.exprs;
      i = j;
      continue;
    }
    if (def.imm === "structural") {
      const block = open[open.length - 1];
      if (block === undefined) return asWritten();
      const word = node.text;
      // A comment or annotation before the word a clause takes (`delegate (;c;) 0`, `end (;c;) $l`) has no place in the folded form.
      if (i + 1 < flat.length && isAside(flat[i + 1]) && takesWord(word, flat, i + 1)) return asWritten();
      if (word === "end" || (word === "delegate" && block.keyword === "try")) {
        if (word === "delegate") block.delegate = flat[++i];
        i++;
        // `end $label` repeats the label; the folded form has no place for it.
        if (word === "end" && isLabel(flat[i])) i++;
        open.pop();
        exprs = block.outer;
        closeBlock(block);
        continue;
      }
      let words: CstNode[];
      if (block.keyword === "if" && word === "else") {
        i++;
        if (isLabel(flat[i])) i++;
        words = [];
      } else if (block.keyword === "try" && (word === "catch" || word === "catch_all")) {
        words = word === "catch" ? [flat[i + 1]] : [];
        i += 1 + words.length;
      } else {
        return asWritten();
      }
      const clause: Clause = { word, words, exprs: [] };
      block.clauses.push(clause);
      exprs = clause.exprs;
      continue;
    }
    // A comment or annotation among the immediates is taken with them (and keeps the instruction flat).
    let end = i + 1;
    for (let k = end; k < flat.length && (isImmediateOf(flat[k]) || isAside(flat[k])); k++) if (!isAside(flat[k])) end = k + 1;
    const effect = stackEffect(def) ?? (node.start === undefined ? undefined : effects.get(node.start));
    const parts = flat.slice(i, end);
    const plain = parts.every((p) => p.kind === "atom" || p.kind === "list");
    i = end;
    if (effect === undefined || !plain) {
      for (const p of parts) exprs.push({ node: p, pushes: undefined, depth: 0 });
      continue;
    }
    const operands = operandsOf(exprs, effect.pops, MAX_FOLDED_DEPTH - 1);
    exprs.length -= operands.length;
    const folded: CstList = {
      kind: "list",
      newlines: 1,
      children: [{ ...parts[0], newlines: 0 } as CstNode, ...parts.slice(1).map(sameLine), ...operands.map((e) => onNewLine(single(e)))],
    };
    exprs.push({ node: folded, pushes: effect.pushes, depth: 1 + deepest(operands) });
  }
  return open.length > 0 ? asWritten() : nodesOf(root);
}

/** The nodes of expressions, runs of flat blocks spelled out (with a stack: runs nest as deep as the code). */
function nodesOf(exprs: readonly Expr[]): CstNode[] {
  const out: CstNode[] = [];
  const todo: { exprs: readonly Expr[]; next: number }[] = [{ exprs, next: 0 }];
  while (todo.length > 0) {
    const top = todo[todo.length - 1];
    if (top.next >= top.exprs.length) {
      todo.pop();
      continue;
    }
    const node = top.exprs[top.next++].node;
    if ("run" in node) todo.push({ exprs: node.run, next: 0 });
    else out.push(node);
  }
  return out;
}

/** `node` of an expression that is not a run (an operand, a condition: each leaves one value). */
function single(e: Expr): CstNode {
  return e.node as CstNode;
}

function onNewLineExpr(e: Expr): Expr {
  return "run" in e.node ? e : { ...e, node: onNewLine(e.node) };
}

/** Whether the structural `word` is followed, past the comments and annotations from `from`, by a word it takes: `delegate`'s label and `catch`'s tag always, `end`'s and `else`'s label when one is there. */
function takesWord(word: string, flat: readonly CstNode[], from: number): boolean {
  if (word === "delegate" || word === "catch") return true;
  let k = from;
  while (k < flat.length && isAside(flat[k])) k++;
  return isLabel(flat[k]);
}

function isLabel(node: CstNode | undefined): boolean {
  return node !== undefined && node.kind === "atom" && node.text.startsWith("$");
}

function sameLine(node: CstNode): CstNode {
  return node.newlines === 0 ? node : { ...node, newlines: 0 };
}

/**
 * Whether a list among `nodes` has a comment or annotation before its
 * keyword (`(;; ...` then `result`): the conversions read a list's keyword
 * in first place, so code with one is left as written.
 */
function hasAsideBeforeHead(nodes: readonly CstNode[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== "list") continue;
    if (node.children.length > 0 && isAside(node.children[0])) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/** A comment or an annotation: between tokens, it belongs to neither. */
function isAside(node: CstNode): boolean {
  return node.kind === "block-comment" || node.kind === "line-comment" || node.kind === "annotation";
}

/** Words and immediate lists after a mnemonic (not a comment, which stays where it is). */
function isImmediateOf(node: CstNode): boolean {
  if (node.kind === "atom") return !isInstr(node);
  return isImmediateList(node);
}

/**
 * The last `count` expressions, if each leaves exactly one value and none
 * nests deeper than `depth`; otherwise none (they stay where they are).
 */
function operandsOf(exprs: readonly Expr[], count: number, depth: number): Expr[] {
  if (count === 0 || exprs.length < count) return [];
  // An annotation right before the first operand describes that operand's instruction (code metadata): folded, it would
  // stand before the instruction that takes the operands, and describe that one.
  const before = exprs[exprs.length - count - 1];
  if (before !== undefined && "kind" in before.node && before.node.kind === "annotation") return [];
  for (let k = exprs.length - count; k < exprs.length; k++) if (exprs[k].pushes !== 1 || exprs[k].depth > depth) return [];
  return exprs.slice(exprs.length - count);
}

function deepest(exprs: readonly Expr[]): number {
  let depth = 0;
  for (const e of exprs) if (e.depth > depth) depth = e.depth;
  return depth;
}

/**
 * Appends a finished flat block to the body around it: folded, an `if`
 * taking its condition from the expression before it, or, when that would
 * nest deeper than `MAX_FOLDED_DEPTH`, flat again (its bodies folded).
 */
function closeBlock(block: OpenBlock): void {
  const { keyword, header, clauses, outer } = block;
  const withClauses = keyword === "if" || keyword === "try";
  let depth = (withClauses ? 2 : 1) + Math.max(0, ...clauses.map((c) => deepest(c.exprs)));
  if (depth > MAX_FOLDED_DEPTH) {
    const word = (node: CstNode): Expr => ({ node, pushes: undefined, depth: 0 });
    const run: Expr[] = [word(onNewLine(header[0])), ...header.slice(1).map(word)];
    for (const clause of clauses) {
      if (clause.word === "else" || clause.word === "catch" || clause.word === "catch_all") {
        run.push(word(atom(clause.word)), ...clause.words.map((w) => word(sameLine(w))));
      }
      for (const e of clause.exprs) run.push(onNewLineExpr(e));
    }
    if (block.delegate !== undefined) run.push(word(atom("delegate")), word(sameLine(block.delegate)));
    else run.push(word(atom("end")));
    outer.push({ node: { run }, pushes: undefined, depth: depth - (withClauses ? 2 : 1) });
    return;
  }
  const condition = keyword === "if" && !block.hasParams ? operandsOf(outer, 1, MAX_FOLDED_DEPTH - 1) : [];
  outer.length -= condition.length;
  if (condition.length > 0) depth = Math.max(depth, 1 + condition[0].depth);
  const clause = (word: string, exprs: readonly Expr[], words: readonly CstNode[] = []): CstList => ({
    kind: "list",
    newlines: 1,
    children: [{ kind: "atom", text: word, newlines: 0 }, ...words.map(sameLine), ...nodesOf(exprs.map(onNewLineExpr))],
  });
  const children: CstNode[] = [...header, ...condition.map((e) => onNewLine(single(e)))];
  if (!withClauses) children.push(...nodesOf(clauses[0].exprs.map(onNewLineExpr)));
  else for (const c of clauses) children.push(clause(c.word, c.exprs, c.words));
  if (block.delegate !== undefined) children.push(clause("delegate", [], [block.delegate]));
  outer.push({ node: { kind: "list", newlines: 1, children }, pushes: undefined, depth });
}

function isHeaderWord(node: CstNode): boolean {
  if (node.kind === "atom") return !isInstr(node);
  return node.kind === "list" && BLOCK_HEADER_LISTS.has(headWord(node) ?? "");
}

function isCatchClause(node: CstNode): boolean {
  return node.kind === "list" && CATCH_CLAUSES.has(headWord(node) ?? "");
}
