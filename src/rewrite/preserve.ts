/**
 * Printing a rewritten module as the text it came from: fields a rewrite
 * left alone are copied from the source (comments and layout included),
 * changed fields are printed in their place, new ones are added (imports
 * with the imports, the rest at the end), removed ones go with the
 * comments just before them.
 *
 * A field counts as left alone when what it made prints the same before
 * and after the rewrite both with names and with indices: a field that
 * refers to entities by index is copied only while those indices hold. The
 * result is checked by encoding it again: when the text does not give the
 * module's bytes (up to the order of plain function types, which type uses
 * make in text order), types are written out, and failing that the module
 * is printed whole.
 */
import { encode } from "../binary/encode.js";
import type { Export, Module, RecGroup } from "../module/model.js";
import { raiseUnits } from "../module/raise.js";
import { resolveModule } from "../module/resolve.js";
import type { ModuleField, ModuleNode, Span } from "../syntax/ast.js";
import { parseWat } from "../syntax/parse.js";
import { nameText } from "../print/literals.js";
import { print } from "../print/print.js";

/** A text module and what it was before any rewrite: its fields, what each made, how each printed. */
export interface TextOrigin {
  readonly source: string;
  readonly node: ModuleNode;
  readonly units: Map<ModuleField, unknown[]>;
  readonly before: Map<unknown, UnitText>;
  /** Comments of the source (a comment after a field on its line goes with the field). */
  readonly comments: readonly Span[];
}

/**
 * Reads one `.wat` module for a rewrite that should keep its text; undefined
 * when the text is not one plain module (a script, a quoted or binary module).
 */
export function readWatKeepingText(source: string): { module: Module; origin: TextOrigin } | undefined {
  const script = parseWat(source);
  const command = script.commands[0];
  if (script.commands.length !== 1 || command.kind !== "module" || command.module.kind !== "module") return undefined;
  const node = command.module;
  const units = new Map<ModuleField, unknown[]>();
  const module = resolveModule(node, source, { units });
  return { module, origin: { source, node, units, before: unitTexts(module), comments: script.comments } };
}

/** The module as text that keeps the origin's untouched fields. */
export function printKeepingText(module: Module, origin: TextOrigin): string {
  const expected = encode(module);
  for (const explicitTypes of [false, true]) {
    const text = new Splicer(module, origin, explicitTypes).text();
    if (isTextOf(text, module, expected)) return text;
  }
  return print(module);
}

/**
 * Whether the text is the module: the same bytes, or, when every type is a
 * plain function type, the same bytes once both list their types in one
 * order (types the text makes by abbreviation come in the text's order).
 */
function isTextOf(text: string, module: Module, expected: Uint8Array): boolean {
  let again: Module;
  try {
    const script = parseWat(text);
    const command = script.commands[0];
    if (command.kind !== "module" || command.module.kind !== "module") return false;
    again = resolveModule(command.module, text);
  } catch {
    return false;
  }
  if (sameBytes(encode(again), expected)) return true;
  const [a, b] = [sortedTypesBytes(again), sortedTypesBytes(module)];
  return a !== undefined && b !== undefined && sameBytes(a, b);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), Buffer.from(b.buffer, b.byteOffset, b.length)) === 0;
}

/** The module's bytes with its types sorted by name and signature; undefined unless all are plain function types. */
function sortedTypesBytes(module: Module): Uint8Array | undefined {
  const keys = new Map<RecGroup, string>();
  for (const group of module.types) {
    const [t] = group.types;
    if (group.explicit || group.types.length !== 1 || t.comp.kind !== "func" || !t.final || t.supertypes.length > 0) return undefined;
    const types = [...t.comp.params, "->", ...t.comp.results];
    if (types.some((v) => typeof v !== "string" && typeof v.heap !== "string")) return undefined;
    keys.set(group, JSON.stringify([t.name ?? "", types]));
  }
  const saved = module.types;
  module.types = [...saved].sort((x, y) => (keys.get(x)! < keys.get(y)! ? -1 : keys.get(x)! > keys.get(y)! ? 1 : 0));
  try {
    return encode(module);
  } finally {
    module.types = saved;
  }
}

/** How a unit prints with names and with indices (see the header). */
interface UnitText {
  named: string;
  indexed: string;
}

function unitTexts(module: Module): Map<unknown, UnitText> {
  const out = new Map<unknown, UnitText>();
  for (const { unit, field } of raiseUnits(module)) out.set(unit, { named: fieldText(field), indexed: "" });
  for (const { unit, field } of raiseUnits(module, { names: false })) out.get(unit)!.indexed = fieldText(field);
  return out;
}

/** Whether a field's code is written folded (`(i32.add (local.get 0) ...)`), so that it is printed again that way. */
function writesFolded(field: ModuleField): boolean {
  if (field.kind !== "func") return false;
  const stack = [...field.body];
  while (stack.length > 0) {
    const ins = stack.pop()!;
    if (ins.kind === "plain" ? ins.folded !== undefined : ins.folded) return true;
    if (ins.kind !== "plain") stack.push(...ins.body);
  }
  return false;
}

/** Immediates that are labels or locals: numbers there do not move when module entities do. */
const LOCAL_REFS = new Set(["local", "label", "br_table", "br_on_cast"]);

/** Whether a field refers to a module entity (function, type, global, ...) by number. */
function refersByIndex(field: ModuleField): boolean {
  const stack: unknown[] = [field];
  while (stack.length > 0) {
    const x = stack.pop();
    if (typeof x !== "object" || x === null || ArrayBuffer.isView(x)) continue;
    if (Array.isArray(x)) {
      stack.push(...x);
      continue;
    }
    const node = x as Record<string, unknown>;
    if (node.kind === "index" && typeof node.value === "number") return true;
    const localRefs = node.kind === "plain" && LOCAL_REFS.has((node.op as { imm: string }).imm);
    const catchClause = typeof node.kind === "string" && node.kind.startsWith("catch") && "label" in node;
    for (const [key, value] of Object.entries(node)) {
      if (key === "op" || (localRefs && key === "refs") || (catchClause && key === "label")) continue;
      stack.push(value);
    }
  }
  return false;
}

/** One field as the printer writes it inside a module (two spaces of indentation). */
function fieldText(field: ModuleField): string {
  const text = print({ kind: "module", fields: [field], start: 0, end: 0 }, { indexComments: false });
  return text.slice("(module\n".length, text.length - "\n)\n".length);
}

const DEFINITIONS = new Set(["func", "table", "memory", "global", "tag"]);

class Splicer {
  private readonly after: Map<unknown, UnitText>;
  private readonly raised = new Map<unknown, ModuleField>();
  private raisedFolded: Map<unknown, ModuleField> | undefined;
  private readonly order: unknown[] = [];
  private readonly fromSource = new Set<unknown>();

  constructor(
    private readonly module: Module,
    private readonly origin: TextOrigin,
    /** Print the types no source field declares as fields (else the text's type uses make them again). */
    private readonly explicitTypes: boolean,
  ) {
    this.after = unitTexts(module);
    for (const { unit, field } of raiseUnits(module)) {
      this.raised.set(unit, field);
      this.order.push(unit);
    }
    for (const list of origin.units.values()) for (const u of list) this.fromSource.add(u);
  }

  text(): string {
    const { source, node } = this.origin;
    const fields = node.fields;
    const indent = node.implicit === true ? "" : "  ";
    const isImport = (u: unknown) => this.module.imports.includes(u as never);
    const newUnits = this.order.filter((u) => !this.fromSource.has(u));
    const newImports = newUnits.filter(isImport);
    const newTypes = this.explicitTypes ? newUnits.filter((u) => this.module.types.includes(u as never)) : [];
    const newRest = newUnits.filter((u) => !isImport(u) && !this.module.types.includes(u as never));
    const lastType = findLastIndex(fields, (f) => f.kind === "type" || f.kind === "rec");
    const firstDefinition = fields.findIndex((f) => DEFINITIONS.has(f.kind) && !("import" in f && f.import !== undefined));

    const head = fields.length > 0 ? this.headerEnd(fields[0].start) : this.closing();
    let out = source.slice(0, head);
    let at = head;
    const insert = (units: unknown[]): void => {
      for (const u of units) out += "\n" + this.print(u, indent);
    };
    if (lastType === -1) insert(newTypes);
    fields.forEach((field, i) => {
      if (i === firstDefinition) insert(newImports);
      const gap = source.slice(at, field.start);
      const end = this.lineEnd(field.end);
      at = end;
      const units = this.origin.units.get(field) ?? [];
      const kept = units.filter((u) => this.after.has(u));
      if (kept.length === 0) return;
      const byIndex = refersByIndex(field);
      const same = (u: unknown): boolean => {
        const [was, is] = [this.origin.before.get(u)!, this.after.get(u)!];
        return was.named === is.named && (!byIndex || was.indexed === is.indexed);
      };
      const edited = kept.length === units.length && kept.every(same) ? source.slice(field.start, end) : this.withInlineExports(field, units, same, end);
      if (edited !== undefined) {
        out += gap + edited;
      } else {
        const folded = writesFolded(field);
        out += gap + kept.map((u) => this.print(u, indent, folded).slice(indent.length)).join("\n" + indent);
      }
      if (i === lastType) insert(newTypes);
    });
    if (firstDefinition === -1) insert(newImports);
    insert(newRest);
    return out + source.slice(at);
  }

    /**
   * A function, import or tag whose type no source field declares is
   * written with its signature alone, so the text's type uses make the type.
   */
  private abbreviateTypeUse(field: ModuleField): void {
    const use = field.kind === "func" || field.kind === "tag" ? field.typeUse : field.kind === "import" && "typeUse" in field.desc ? field.desc.typeUse : undefined;
    if (use?.type?.kind !== "index") return;
    const type = this.module.types.flatMap((g) => g.types)[use.type.value];
    const group = this.module.types.find((g) => g.types.includes(type));
    if (group === undefined || this.fromSource.has(group) || group.explicit || !type.final || type.supertypes.length > 0) return;
    delete use.type;
  }

  /**
   * A definition whose only change is in its inline exports (renamed or
   * removed): its text with those `(export "...")` edited, or undefined.
   */
  private withInlineExports(field: ModuleField, units: unknown[], same: (u: unknown) => boolean, end: number): string | undefined {
    const inline = "exports" in field ? field.exports : [];
    if (inline.length === 0) return undefined;
    const own = units.slice(0, units.length - inline.length);
    const exports = units.slice(units.length - inline.length) as Export[];
    if (!own.every((u) => this.after.has(u) && same(u))) return undefined;
    const source = this.origin.source;
    let text = source.slice(field.start, end);
    for (let i = inline.length - 1; i >= 0; i--) {
      const exp = exports[i];
      const span = inline[i];
      const [from, to] = [span.start - field.start, span.end - field.start];
      if (!this.after.has(exp)) {
        const space = /\s*$/.exec(text.slice(0, from))![0].length;
        text = text.slice(0, from - space) + text.slice(to);
      } else if (exp.target !== own[0]) {
        return undefined;
      } else if (exp.name !== span.name) {
        text = text.slice(0, from) + `(export ${nameText(exp.name)})` + text.slice(to);
      }
    }
    return text;
  }

  /**
   * Where the text before the first field ends: the comments and space
   * right before the first field belong to it (they go when it goes).
   */
  private headerEnd(first: number): number {
    const { source, comments, node } = this.origin;
    let at = first;
    for (;;) {
      while (at > 0 && /\s/.test(source[at - 1])) at--;
      const comment = node.implicit === true ? undefined : comments.find((c) => c.end === at);
      if (comment === undefined) return at;
      at = comment.start;
    }
  }

  /** The end of a field with the comment that follows it on its line, if any. */
  private lineEnd(end: number): number {
    const { source, comments } = this.origin;
    const next = comments.find((c) => c.start >= end && c.start <= end + 200);
    if (next === undefined || !/^[ \t]*$/.test(source.slice(end, next.start)) || source.slice(next.start, next.end).includes("\n")) return end;
    return next.end;
  }

  /** Where the module's closing parenthesis is, for a module without fields. */
  private closing(): number {
    const { source, node } = this.origin;
    return node.implicit === true ? source.length : source.lastIndexOf(")", node.end - 1);
  }

  /** A unit's field as the printer writes it; `folded` for a field whose source wrote folded code. */
  private print(unit: unknown, indent: string, folded = false): string {
    if (folded && this.raisedFolded === undefined) {
      this.raisedFolded = new Map([...raiseUnits(this.module, { folded: true })].map(({ unit, field }) => [unit, field]));
    }
    const field = (folded ? this.raisedFolded! : this.raised).get(unit)!;
    if (!this.explicitTypes) this.abbreviateTypeUse(field);
    const text = fieldText(field);
    return indent === "" ? text.replace(/^ {2}/gm, "") : text;
  }
}

function findLastIndex<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
