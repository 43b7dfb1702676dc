/**
 * format: WAT or `.wast` text -> the same text in watkit's layout, with every
 * token, comment and annotation kept (see `layout-doc.ts`).
 *
 * The text is parsed first, so bad input throws a located `WatSyntaxError`
 * and is never half formatted; the parse records its tokens, which are
 * what the formatter lays out. Script commands and module fields are laid
 * out and printed one at a time (they are separated by hard line breaks, so
 * this is exactly what printing the whole document would give); memory stays
 * bounded by the largest field plus the output.
 */
import { builders } from "prettier/doc";

type Doc = builders.Doc;
import { parseWat } from "../../syntax/parse.js";
import { lexWat } from "../../syntax/lex.js";
import { SourceTokens } from "../../syntax/source-tokens.js";
import { readTopLevel } from "./cst.js";
import { nodeDoc, type LayoutOptions } from "./layout-doc.js";
import type { CstNode } from "./cst.js";
import { WatSyntaxError } from "../../syntax/errors.js";
import { convertInstructions, type InstructionStyle } from "./instruction-style.js";
import { moduleEffects } from "./module-effects.js";
import type { Script } from "../../syntax/ast.js";
import { PRINT_WIDTH } from "../layout.js";
import { DocPrinter } from "./print-doc.js";

export type { InstructionStyle };

export interface FormatOptions {
  /** Line width the layout tries to stay within (default 80). */
  printWidth?: number;
  /** Spaces per indentation level (default 2). */
  tabWidth?: number;
  /** Indent with tabs (default false). */
  useTabs?: boolean;
  /** Keep instructions as written, or write them all flat or all folded where that is exact (default "preserve"). */
  instructionStyle?: InstructionStyle;
  /** A function or folded block whose body is one instruction stays on one line when it fits (default false). */
  compactBodies?: boolean;
}

const { hardline, indent } = builders;

export function format(text: string, options: FormatOptions = {}): string {
  const tokens = new SourceTokens();
  return formatChecked(text, options, parseWat(text, { tokens }), tokens);
}

/**
 * `format` for text `parseWat` has already accepted (the Prettier plugin's
 * parser checks it), given its Script and the tokens it recorded when at
 * hand: folding needs the modules' types, and parses again without them;
 * without the tokens the text is lexed again.
 */
export function formatChecked(text: string, options: FormatOptions = {}, script?: Script, tokens?: SourceTokens): string {
  const style = options.instructionStyle ?? "preserve";
  const effects = style === "folded" ? moduleEffects(script ?? parseWat(text)) : undefined;
  const layout = { compactBodies: options.compactBodies ?? false };
  const docOptions = { printWidth: options.printWidth ?? PRINT_WIDTH, tabWidth: options.tabWidth ?? 2, useTabs: options.useTabs ?? false };
  const printer = new DocPrinter(docOptions);
  const print = (doc: Doc): string => printer.print(doc);
  const out: string[] = [];
  /** Nothing printed yet at this level (the script, or the open module). */
  let first = true;
  /** The output ends in a line comment: only a line break may follow. */
  let lineOpen = false;
  for (const item of readTopLevel(text, tokens?.lexemes(text) ?? lexWat(text))) {
    if (item.kind === "module-open") {
      if (!first) out.push(item.newlines >= 2 ? "\n\n" : "\n");
      out.push(print(["(", item.header.map((t) => t.text).join(" ")]));
      first = true;
      lineOpen = false;
      continue;
    }
    if (item.kind === "module-close") {
      out.push(first && !lineOpen ? ")" : "\n)");
      first = false;
      lineOpen = false;
      continue;
    }
    const node = item.node;
    const onSameLine = node.newlines === 0 && (item.inModule || !first) && node.kind !== "atom" && node.kind !== "list";
    lineOpen = node.kind === "line-comment";
    if (onSameLine) {
      out.push(" ", node.text);
      first = false;
      continue;
    }
    const doc = laidOut(text, style === "preserve" || node.kind !== "list" ? node : convertInstructions(node, style, effects), layout, item.inModule ? 1 : 0);
    const blank = !first && node.newlines >= 2;
    if (item.inModule) out.push(print(indent(blank ? [hardline, hardline, doc] : [hardline, doc])));
    else out.push(first ? "" : blank ? "\n\n" : "\n", print(doc));
    first = false;
  }
  // A blank text stays empty, as Prettier leaves an empty file.
  if (out.length > 0) out.push("\n");
  return out.join("");
}

/**
 * `nodeDoc`, which recurses once per level of parentheses: the parser's
 * depth limit keeps that well within Node's default stack, so running out
 * means the caller was itself deep in the stack. Reported at the field.
 */
function laidOut(text: string, node: CstNode, layout: LayoutOptions, level: number): Doc {
  try {
    return nodeDoc(node, layout, level);
  } catch (error) {
    if (error instanceof RangeError) throw new WatSyntaxError("input nested too deeply for the available stack", text, node.start ?? 0);
    throw error;
  }
}
