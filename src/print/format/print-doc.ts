/**
 * DocPrinter: a formatter document -> text, as Prettier's `printDocToString`
 * prints it, a line at a time.
 *
 * The document is cut at its top-level line breaks (those outside every
 * group and fill, which the root's break mode always breaks). Nothing
 * between two of them reaches past them: a group measures what follows it
 * only up to the next line break, and a `breakParent` outside every group
 * breaks nothing. So each piece is printed on its own:
 * - words alone are one line, written after the indentation;
 * - a group among words is decided where it stands, as Prettier decides it
 *   in break mode: flat (a word) when it and the rest of its line fit, else
 *   broken, its contents walked like the top level (a group that holds a
 *   forced break is broken, as `propagateBreaks` would make it);
 * - groups and fills that cannot be measured so are printed flat when they
 *   hold no forced break and fit, with the whole line, within the width
 *   (each group measures no more than the whole line);
 * - anything else is handed to Prettier's printer inside the same
 *   indentation (a run of such lines in one call).
 * Function bodies, most of a formatted file, are the first two kinds: the
 * printer's passes over the whole document (`propagateBreaks`, one command
 * object per node, an indentation object per `indent` it meets) are what
 * this avoids.
 */
import { builders, printer } from "prettier/doc";

type Doc = builders.Doc;
type Options = Pick<printer.Options, "printWidth" | "tabWidth" | "useTabs">;

/** What a document node around a line adds to its indentation: `indent`, or `align` by its `n`. */
type Step = "indent" | builders.Align["n"];

/**
 * An indentation: the steps from the root, shared by every line at it. Its
 * text is worked out by Prettier, once per printer, on first use.
 */
class Indentation {
  #text: string | undefined;
  #width: number | undefined;
  readonly #children = new Map<Step, Indentation>();

  constructor(
    private readonly options: Options,
    private readonly parent?: Indentation,
    private readonly step?: Step,
  ) {}

  child(step: Step): Indentation {
    let child = this.#children.get(step);
    if (child === undefined) this.#children.set(step, (child = new Indentation(this.options, this, step)));
    return child;
  }

  /** `doc` inside the document nodes that give this indentation. */
  around(doc: Doc): Doc {
    for (let at: Indentation | undefined = this; at?.step !== undefined; at = at.parent) {
      doc = at.step === "indent" ? builders.indent(doc) : builders.align(at.step, doc);
    }
    return doc;
  }

  /** A line break and the indentation after it. */
  lineStart(): string {
    return (this.#text ??= printer.printDocToString(this.around(builders.hardline), this.options).formatted);
  }

  /** Columns the indentation takes as Prettier counts them (a tab as `tabWidth`); infinite when an alignment is a string. */
  width(): number {
    if (this.#width === undefined) {
      let stringAlign = false;
      for (let at: Indentation | undefined = this; at !== undefined; at = at.parent) stringAlign ||= typeof at.step === "string" && at.step !== "indent";
      const text = this.lineStart();
      let width = 0;
      for (let i = 1; i < text.length; i++) width += text.charCodeAt(i) === TAB ? this.options.tabWidth : 1;
      this.#width = stringAlign ? Infinity : width;
    }
    return this.#width;
  }
}

const TAB = 0x09;
/** Marks on the printer's stack where an `indent` or `align` ends. */
const OUTDENT = Symbol("outdent");
const SPACE = 0x20;

/** Nodes whose effect reaches other lines (deferred text, trimming, cursor positions): a document with one is printed whole. */
const ACROSS_LINES: ReadonlySet<string> = new Set(["line-suffix", "line-suffix-boundary", "trim", "cursor"]);

/** Text Prettier measures as one column per character (its own test for that). */
const ONE_COLUMN_EACH = /^[\x20-\x7F]*$/;

/** Pushes what an array, a fill or a wrapper (`indent`, `align`, `label`) holds onto `stack`, its last part first; false for other nodes. */
function pushContents(node: Exclude<Doc, string>, stack: Doc[]): node is Doc[] | builders.Fill | builders.Indent | builders.Align | builders.Label {
  if (Array.isArray(node)) {
    for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
  } else if (node.type === "fill") {
    for (let i = node.parts.length - 1; i >= 0; i--) stack.push(node.parts[i]);
  } else if (node.type === "indent" || node.type === "align" || node.type === "label") {
    stack.push(node.contents);
  } else {
    return false;
  }
  return true;
}

/**
 * `doc` printed flat, when nothing in it forces a break (a hard line, a
 * `breakParent`, a group set to break), its width is its length and it
 * takes at most `columns`; undefined otherwise (the walk stops there).
 */
function flatText(doc: Doc, columns: number): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const stack: Doc[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      parts.push(node);
      length += node.length;
      if (length > columns) return undefined;
    } else if (pushContents(node, stack)) {
      continue;
    } else if (node.type === "group") {
      if (node.break) return undefined;
      stack.push(node.contents);
    } else if (node.type === "line" && !node.hard) {
      if (!node.soft) stack.push(" ");
    } else {
      return undefined;
    }
  }
  const text = parts.join("");
  return ONE_COLUMN_EACH.test(text) ? text : undefined;
}

/** A group that breaks where it stands: its contents print as they stand. */
const BREAKS = Symbol("breaks");

/**
 * How Prettier prints `group` at `column` of a line that goes on with the
 * rest of `stack` (top last): its flat text when its contents, and what
 * follows them up to the next line break, fit within `width`; `BREAKS` when
 * they do not or something in it forces a break (which would break it);
 * undefined when it holds anything this cannot measure exactly (text not
 * one column per character, conditional groups, other node kinds).
 */
function groupFit(group: builders.Group, column: number, width: number, stack: readonly (Doc | typeof OUTDENT)[]): string | typeof BREAKS | undefined {
  if (group.expandedStates !== undefined) return undefined;
  const parts: string[] = [];
  const budget = width - column;
  /** Columns as Prettier's `fits` counts them: a flat line's space only once text follows it. */
  let used = 0;
  let pendingSpace = false;
  const todo: Doc[] = [group.contents];
  while (todo.length > 0) {
    const node = todo.pop()!;
    if (typeof node === "string") {
      if (!ONE_COLUMN_EACH.test(node)) return undefined;
      if (node.length === 0) continue;
      used += node.length + (pendingSpace ? 1 : 0);
      pendingSpace = false;
      if (used > budget) return BREAKS;
      parts.push(node);
    } else if (pushContents(node, todo)) {
      continue;
    } else if (node.type === "group") {
      if (node.break) return BREAKS;
      if (node.expandedStates !== undefined) return undefined;
      todo.push(node.contents);
    } else if (node.type === "line") {
      if (node.hard) return BREAKS;
      if (!node.soft) {
        pendingSpace = true;
        parts.push(" ");
      }
    } else if (node.type === "break-parent") {
      return BREAKS;
    } else {
      return undefined;
    }
  }
  const rest = restWidth(stack, budget - used);
  if (rest === undefined) return undefined;
  if (used + (rest > 0 && pendingSpace ? 1 : 0) + rest > budget) return BREAKS;
  return parts.join("");
}

/**
 * The width of the text `stack` (top last) starts with up to its first line
 * break, as Prettier's `fits` measures what follows a group (every group
 * there is in break mode, so any line ends it), or some width past `limit`
 * once it is; undefined for what it cannot measure exactly.
 */
function restWidth(stack: readonly (Doc | typeof OUTDENT)[], limit: number): number | undefined {
  let width = 0;
  for (let k = stack.length - 1; k >= 0; k--) {
    const entry = stack[k];
    if (entry === OUTDENT) continue;
    const todo: Doc[] = [entry];
    while (todo.length > 0) {
      const node = todo.pop()!;
      if (typeof node === "string") {
        if (!ONE_COLUMN_EACH.test(node)) return undefined;
        width += node.length;
        // Past the limit the group breaks whatever follows (widths only add up).
        if (width > limit + 1) return width;
      } else if (pushContents(node, todo)) {
        continue;
      } else if (node.type === "group") {
        if (node.expandedStates !== undefined) return undefined;
        todo.push(node.contents);
      } else if (node.type === "line") {
        return width;
      } else if (node.type !== "break-parent") {
        return undefined;
      }
    }
  }
  return width;
}

/** Removes the spaces and tabs at the end of `out`, as Prettier's printer does before each line break. */
function trimEnd(out: string[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1];
    let end = last.length;
    for (let c = last.charCodeAt(end - 1); c === SPACE || c === TAB; c = last.charCodeAt(end - 1)) end--;
    if (end === last.length) return;
    if (end > 0) {
      out[out.length - 1] = last.slice(0, end);
      return;
    }
    out.pop();
  }
}

/**
 * Prints documents with one set of options; the indentations are worked
 * out once for all of them.
 */
export class DocPrinter {
  readonly #root: Indentation;

  constructor(private readonly options: Options) {
    this.#root = new Indentation(options);
  }

  print(doc: Doc): string {
    const out: string[] = [];
    /** The current line: the indentation of the line break it starts with (none for the first line), its words. */
    let start: Indentation | undefined;
    const words: string[] = [];
    /** Once the current line holds a group or a fill: its nodes and their indentations, for printing it through Prettier. */
    let complex: { docs: Doc[]; at: Indentation[] } | undefined;
    /** Lines for Prettier's printer, one after the other: printed in one call. */
    const delegated: Doc[] = [];

    const flush = (): void => {
      if (delegated.length === 0) return;
      trimEnd(out);
      out.push(printer.printDocToString(delegated, this.options).formatted);
      delegated.length = 0;
    };
    const write = (lineStart: string, text: readonly string[]): void => {
      flush();
      if (start !== undefined) trimEnd(out);
      out.push(lineStart);
      for (const piece of text) out.push(piece);
    };
    /** The current line, for Prettier's printer: each run of nodes at one indentation inside the nodes that give it. */
    const delegate = (docs: Doc[], at: Indentation[]): void => {
      if (start !== undefined) {
        docs.unshift(builders.hardline);
        at.unshift(start);
      }
      for (let i = 0; i < docs.length; ) {
        let end = i + 1;
        while (end < docs.length && at[end] === at[i]) end++;
        delegated.push(at[i].around(docs.slice(i, end)));
        i = end;
      }
    };
    const endLine = (): void => {
      const lineStart = start?.lineStart() ?? "";
      if (complex === undefined) {
        write(lineStart, words);
      } else {
        const flat = flatText(complex.docs, this.options.printWidth - (start?.width() ?? 0));
        if (flat !== undefined) write(lineStart, [flat]);
        else delegate(complex.docs, complex.at);
      }
      words.length = 0;
      complex = undefined;
    };

    // An explicit stack, as Prettier's printer has: flat block bodies nest arrays without bound.
    const stack: (Doc | typeof OUTDENT)[] = [doc];
    /** The indentations around the current one. */
    const outer: Indentation[] = [];
    let indentation = this.#root;
    let fit: string | typeof BREAKS | undefined;
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (typeof node === "string") {
        if (complex === undefined) {
          words.push(node);
        } else {
          complex.docs.push(node);
          complex.at.push(indentation);
        }
      } else if (Array.isArray(node)) {
        for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      } else if (node === OUTDENT) {
        indentation = outer.pop()!;
      } else if (node.type === "indent" || node.type === "align") {
        outer.push(indentation);
        indentation = indentation.child(node.type === "indent" ? "indent" : node.n);
        stack.push(OUTDENT, node.contents);
      } else if (node.type === "group" && complex === undefined && (fit = this.#fit(node, start, words, stack)) !== undefined) {
        // A broken group's contents print as they stand (every group around it is broken too); a flat one is a word.
        if (fit === BREAKS) stack.push(node.contents);
        else words.push(fit);
      } else if (node.type === "line" && !node.literal) {
        endLine();
        start = indentation;
      } else if (ACROSS_LINES.has(node.type)) {
        return printer.printDocToString(doc, this.options).formatted;
      } else if (node.type !== "break-parent") {
        // The words before it on its line print the same at any indentation.
        complex ??= { docs: [...words], at: words.map(() => this.#root) };
        complex.docs.push(node);
        complex.at.push(indentation);
      }
    }
    endLine();
    flush();
    return out.join("");
  }

  /** `groupFit` for a group on a line of `words` so far after the line break that gives `start`. */
  #fit(group: builders.Group, start: Indentation | undefined, words: readonly string[], stack: readonly (Doc | typeof OUTDENT)[]): string | typeof BREAKS | undefined {
    if (group.break && group.expandedStates === undefined) return BREAKS;
    let column = start?.width() ?? 0;
    if (column === Infinity) return undefined;
    for (const word of words) {
      if (!ONE_COLUMN_EACH.test(word)) return undefined;
      column += word.length;
    }
    return groupFit(group, column, this.options.printWidth, stack);
  }
}
