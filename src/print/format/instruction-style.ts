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

function unfoldAll(nodes: readonly CstNode[]): CstNode[] {
  const out: CstNode[] = [];
  unfoldAllInto(nodes, out);
  return out;
}

/**
 * Appends the flat form of `nodes` to `out`. An annotation right before a
 * folded instruction (a branch hint) belongs to its mnemonic, so it moves
 * with it, after the operands.
 */
function unfoldAllInto(nodes: readonly CstNode[], out: CstNode[]): void {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    if (node.kind === "annotation" && next !== undefined && next.kind === "list" && instrByName(headWord(next) ?? "") !== undefined) {
      unfold(next, out, node);
      i++;
      continue;
    }
    unfold(node, out);
  }
}

/** Appends the flat form of `node` to `out`, with `annotation` right before its mnemonic. */
function unfold(node: CstNode, out: CstNode[], annotation?: CstToken): void {
  if (node.kind !== "list") {
    out.push(node);
    return;
  }
  const head = headWord(node);
  const def = head === undefined ? undefined : instrByName(head);
  if (def === undefined) {
    out.push(node);
    return;
  }
  const children = node.children;
  // `(catch ...)` of a try_table is an immediate, not code.
  if (def.imm === "structural") {
    out.push(node);
    return;
  }
  if (def.imm === "block" || def.imm === "try" || def.imm === "try_table") {
    unfoldBlock(node, def.imm === "try_table", out, annotation);
    return;
  }
  // Immediates (words, type uses, reference types, comments among them) stay with the mnemonic.
  let end = 1;
  while (end < children.length && (children[end].kind !== "list" || isImmediateList(children[end]))) end++;
  unfoldAllInto(children.slice(end), out);
  if (annotation !== undefined) out.push(onNewLine(annotation));
  // Resolve places a folded instruction at its parenthesis: so does the mnemonic written flat, for `effects`.
  out.push({ ...onNewLine(children[0]), start: node.start }, ...children.slice(1, end));
}

function isImmediateList(node: CstNode): boolean {
  if (node.kind !== "list") return false;
  const head = headWord(node);
  return head === "type" || head === "param" || head === "result" || head === "ref";
}

function unfoldBlock(node: CstList, tryTable: boolean, out: CstNode[], annotation: CstToken | undefined): void {
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
  if (keyword === "if" || keyword === "try") {
    const clauses = rest.filter((c) => c.kind === "list" && ["then", "else", "do", "catch", "catch_all", "delegate"].includes(headWord(c) ?? ""));
    const condition = rest.filter((c) => !clauses.includes(c));
    unfoldAllInto(condition, out);
    out.push(...header);
    let delegated = false;
    for (const clause of clauses as CstList[]) {
      const word = headWord(clause)!;
      // `catch $tag` and `delegate $label` take one word; `then`, `else`, `do` and `catch_all` none.
      const wordCount = word === "catch" || word === "delegate" ? 1 : 0;
      const words = clause.children.slice(1, 1 + wordCount);
      const body = clause.children.slice(1 + wordCount);
      if (word === "delegate") {
        out.push(atom("delegate"), ...words);
        delegated = true;
        continue;
      }
      if (word !== "then" && word !== "do") out.push(atom(word), ...words);
      unfoldAllInto(body, out);
    }
    if (!delegated) out.push(atom("end"));
    return;
  }
  out.push(...header);
  unfoldAllInto(rest, out);
  out.push(atom("end"));
}


// ---------------------------------------------------------------------------
// To folded (from flat code)

/** A folded expression being built, and how many values it leaves (undefined: not known). */
interface Expr {
  node: CstNode;
  pushes: number | undefined;
}

function foldAll(flat: readonly CstNode[], effects: ModuleEffects): CstNode[] {
  return foldSequence(flat, 0, flat.length, effects).nodes;
}

/**
 * Folds `flat[from, to)`, stopping at an `else`/`catch`/`end`/`delegate`
 * that closes the enclosing block; returns where it stopped.
 */
function foldSequence(flat: readonly CstNode[], from: number, to: number, effects: ModuleEffects): { nodes: CstNode[]; next: number } {
  const exprs: Expr[] = [];
  let i = from;
  while (i < to) {
    const node = flat[i];
    if (node.kind !== "atom" || !isInstr(node)) {
      exprs.push({ node, pushes: undefined });
      i++;
      continue;
    }
    const def = instrByName(node.text)!;
    if (def.imm === "structural") break;
    if (def.imm === "block" || def.imm === "try" || def.imm === "try_table") {
      const block = foldBlock(flat, i, to, exprs, effects);
      if (block === undefined) {
        // Not exactly foldable (unbalanced or unusual): the rest stays as written.
        for (let k = i; k < to; k++) exprs.push({ node: flat[k], pushes: undefined });
        i = to;
        break;
      }
      exprs.push({ node: block.node, pushes: undefined });
      i = block.next;
      continue;
    }
    // A comment or annotation among the immediates is taken with them (and keeps the instruction flat).
    let end = i + 1;
    for (let k = end; k < to && (isImmediateOf(flat[k]) || isAside(flat[k])); k++) if (!isAside(flat[k])) end = k + 1;
    const effect = stackEffect(def) ?? (node.start === undefined ? undefined : effects.get(node.start));
    const parts = flat.slice(i, end);
    const plain = parts.every((p) => p.kind === "atom" || p.kind === "list");
    if (effect === undefined || !plain) {
      for (const p of parts) exprs.push({ node: p, pushes: undefined });
      i = end;
      continue;
    }
    const operands = takeOperands(exprs, effect.pops);
    const folded: CstList = {
      kind: "list",
      newlines: 1,
      children: [{ ...parts[0], newlines: 0 } as CstNode, ...parts.slice(1).map(sameLine), ...operands.map(onNewLine)],
    };
    exprs.push({ node: folded, pushes: effect.pushes });
    i = end;
  }
  return { nodes: exprs.map((e) => e.node), next: i };
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

/** The last `count` expressions if each leaves exactly one value, removed from `exprs`; otherwise none. */
function takeOperands(exprs: Expr[], count: number): CstNode[] {
  if (count === 0 || exprs.length < count) return [];
  for (let k = exprs.length - count; k < exprs.length; k++) if (exprs[k].pushes !== 1) return [];
  return exprs.splice(exprs.length - count, count).map((e) => e.node);
}

/** A flat block starting at `flat[at]` as a folded block, or undefined when it does not close before `to`. */
function foldBlock(
  flat: readonly CstNode[],
  at: number,
  to: number,
  exprs: Expr[],
  effects: ModuleEffects,
): { node: CstList; next: number } | undefined {
  const keyword = (flat[at] as CstToken).text;
  let i = at + 1;
  const header: CstNode[] = [{ ...flat[at], newlines: 0 }];
  const inHeader = (node: CstNode): boolean => isHeaderWord(node) || (keyword === "try_table" && isCatchClause(node));
  // Comments and annotations among the header's words stay in the header, where they were.
  for (let k = i; k < to && (inHeader(flat[k]) || isAside(flat[k])); k++) {
    if (isAside(flat[k])) continue;
    while (i <= k) header.push(isAside(flat[i]) ? flat[i++] : sameLine(flat[i++]));
  }
  const hasParams = header.some((h) => h.kind === "list" && (headWord(h) === "param" || headWord(h) === "type"));
  const children: CstNode[] = [];
  const clause = (word: string, nodes: CstNode[], words: CstNode[] = []): CstList => ({
    kind: "list",
    newlines: 1,
    children: [{ kind: "atom", text: word, newlines: 0 }, ...words.map(sameLine), ...nodes.map(onNewLine)],
  });
  let body = foldSequence(flat, i, to, effects);
  i = body.next;
  if (keyword !== "if" && keyword !== "try") children.push(...body.nodes.map(onNewLine));
  else children.push(clause(keyword === "if" ? "then" : "do", body.nodes));
  for (;;) {
    if (i >= to) return undefined;
    const word = (flat[i] as CstToken).text;
    if (word === "end") {
      i++;
      // `end $label` repeats the label; the folded form has no place for it.
      if (i < to && flat[i].kind === "atom" && (flat[i] as CstToken).text.startsWith("$")) i++;
      break;
    }
    if (word === "delegate" && keyword === "try") {
      children.push(clause("delegate", [], [flat[i + 1]]));
      i += 2;
      break;
    }
    if (keyword === "if" && word === "else") {
      i++;
      if (i < to && flat[i].kind === "atom" && (flat[i] as CstToken).text.startsWith("$")) i++;
      body = foldSequence(flat, i, to, effects);
      i = body.next;
      children.push(clause("else", body.nodes));
      continue;
    }
    if (keyword === "try" && (word === "catch" || word === "catch_all")) {
      const words = word === "catch" ? [flat[i + 1]] : [];
      i += 1 + words.length;
      body = foldSequence(flat, i, to, effects);
      i = body.next;
      children.push(clause(word, body.nodes, words));
      continue;
    }
    return undefined;
  }
  const condition = keyword === "if" && !hasParams ? takeOperands(exprs, 1).map(onNewLine) : [];
  return { node: { kind: "list", newlines: 1, children: [...header, ...condition, ...children] }, next: i };
}

function isHeaderWord(node: CstNode): boolean {
  if (node.kind === "atom") return !isInstr(node);
  return node.kind === "list" && BLOCK_HEADER_LISTS.has(headWord(node) ?? "");
}

function isCatchClause(node: CstNode): boolean {
  return node.kind === "list" && CATCH_CLAUSES.has(headWord(node) ?? "");
}
