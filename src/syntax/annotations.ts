/**
 * Reads the hidden channels: comments (kept for the formatter) and
 * annotations. `@custom`, `@producers`, `@name` and `@metadata.code.*` are
 * interpreted; any other annotation is kept for printing and otherwise
 * ignored, as the spec says.
 */
import type { Token } from "antlr4ng";
import type { ExactNote, ExactSection, SectionId } from "../types/sections.js";
import { CODE_METADATA_PREFIX, type CodeMetadata, payloadProblem } from "../types/code-metadata.js";
import type { Annotation, Comment, ExactAnnotation, SExpr, StringLit } from "./ast.js";
import { concatBytes } from "../bytes.js";
import { WatSyntaxError } from "./errors.js";
import type { SourceText } from "./source-text.js";
import { LiteralError, parseName, parseString } from "./literals.js";
import { blockCommentEnd, charsOf, type Fail, lineCommentEnd, stringEnd } from "./token-ends.js";
import { encodeProducers, PRODUCER_FIELDS, type Producer, type ProducerFieldName } from "../types/producers.js";
import { type DylinkEntry, encodeDylink, SYMBOL_FLAGS } from "../types/dylink.js";

export interface NameAnnotation {
  start: number;
  end: number;
  /** Index of the parser token right before it: the annotation names what that token starts. */
  after: number;
  name: string;
}

export interface CustomAnnotation {
  start: number;
  end: number;
  name: string;
  place?: { position: "before" | "after"; section: SectionId | "first" | "last" };
  strings: StringLit[];
  /** Set for `@producers`: the pairs `strings` encodes. */
  producers?: Producer[];
  /** Set for `@dylink.0`: the subsections `strings` encodes. */
  dylink?: DylinkEntry[];
  /** Set for `@linking` and `@reloc.section`: their items but the place. */
  object?: SExpr[];
}

/** `(@reloc ...)`: a relocation of the instruction before it. */
export interface RelocAnnotation {
  start: number;
  end: number;
  items: SExpr[];
}

/** `(@metadata.code.KIND "payload"*)`: an item of the instruction after it, or in a function's header of the whole function. */
export interface MetadataAnnotation {
  start: number;
  end: number;
  item: CodeMetadata;
}

export interface SourceAnnotations {
  comments: Comment[];
  others: Annotation[];
  names: NameAnnotation[];
  customs: CustomAnnotation[];
  metadata: MetadataAnnotation[];
  exact: ExactAnnotation[];
  relocs: RelocAnnotation[];
}

/** The sections a custom section may be placed before or after. */
export const SECTIONS: ReadonlySet<string> = new Set([
  "type", "import", "func", "table", "memory", "tag", "global", "export", "start", "elem", "datacount", "code", "data",
]);

export function emptyAnnotations(): SourceAnnotations {
  return { comments: [], others: [], names: [], customs: [], metadata: [], exact: [], relocs: [] };
}

/** The tokens inside an annotation, read with a small scanner (the lexer has already checked their form). */
interface Item {
  kind: "string" | "word" | "open" | "close";
  start: number;
  end: number;
}

/** Records an annotation token. `after` is the index of the last parser token before it. */
export function readAnnotation(source: SourceText, token: Token, after: number, out: SourceAnnotations): void {
  const start = token.start;
  const end = token.stop + 1;
  const items = scan(source, start + 2, end - 1);
  const head = items[0];
  if (!head || (head.kind !== "word" && head.kind !== "string") || head.start !== start + 2) {
    throw new WatSyntaxError("empty annotation id", source, start);
  }
  let id: string;
  if (head.kind === "string") {
    id = name(source, head);
    if (id === "") throw new WatSyntaxError("empty annotation id", source, start);
  } else {
    id = source.slice(head.start, head.end);
  }
  const rest = items.slice(1);
  const read = Object.hasOwn(INTERPRETERS, id) ? INTERPRETERS[id] : undefined;
  if (read !== undefined) read({ source, id, items: rest, start, end, after }, out);
  else if (id.startsWith(CODE_METADATA_PREFIX)) out.metadata.push({ start, end, item: readMetadata(source, id, rest, start) });
  else out.others.push({ start, end, id });
}

/** An annotation to interpret: its id, the items after it, where it is, and the index of the parser token before it. */
interface Read {
  source: SourceText;
  id: string;
  items: Item[];
  start: number;
  end: number;
  after: number;
}

/** The annotations given a meaning, by id (with the code metadata, `metadata.code.*`): each one's reader. */
const INTERPRETERS: Readonly<Record<string, (a: Read, out: SourceAnnotations) => void>> = {
  name: (a, out) => out.names.push({ start: a.start, end: a.end, after: a.after, name: readName(a.source, a.items, a.start) }),
  custom: (a, out) => out.customs.push(readCustom(a.source, a.items, a.start, a.end)),
  producers: (a, out) => out.customs.push(readProducers(a.source, a.items, a.start, a.end)),
  "dylink.0": (a, out) => out.customs.push(readDylink(a.source, a.items, a.start, a.end)),
  "watkit.exact": (a, out) => out.exact.push(readExact(a.source, a.items, a.start, a.end)),
  linking: (a, out) => out.customs.push(readObjectSection(a.source, a.id, tree(a.source, a.items), a.start, a.end)),
  "reloc.section": (a, out) => out.customs.push(readObjectSection(a.source, a.id, tree(a.source, a.items), a.start, a.end)),
  reloc: (a, out) => out.relocs.push({ start: a.start, end: a.end, items: tree(a.source, a.items) }),
};

/** Whether an annotation of this id means something to watkit; any other is kept for printing only. */
export function isInterpreted(id: string): boolean {
  return Object.hasOwn(INTERPRETERS, id) || id.startsWith(CODE_METADATA_PREFIX);
}

function readName(source: SourceText, items: Item[], at: number): string {
  if (items.length !== 1 || items[0].kind !== "string") {
    throw new WatSyntaxError("@name annotation: expected one string", source, at);
  }
  return name(source, items[0]);
}

/** The payload is the strings one after the other, as a data segment's; a known kind's form is checked. */
function readMetadata(source: SourceText, id: string, items: Item[], at: number): CodeMetadata {
  const kind = id.slice(CODE_METADATA_PREFIX.length);
  if (kind === "") throw new WatSyntaxError(`@${id} annotation: no kind after '${CODE_METADATA_PREFIX}'`, source, at);
  const parts = items.map((item) => {
    if (item.kind !== "string") throw new WatSyntaxError(`@${id} annotation: expected strings`, source, item.start);
    return literal(source, item, parseString);
  });
  const data = concatBytes(parts);
  const problem = payloadProblem(kind, data);
  if (problem !== undefined) throw new WatSyntaxError(`@${id} annotation: ${problem}`, source, items[0]?.start ?? at);
  return { kind, data };
}

function readCustom(source: SourceText, items: Item[], start: number, end: number): CustomAnnotation {
  const first = items[0];
  if (!first || first.kind !== "string") {
    throw new WatSyntaxError("@custom annotation: missing section name", source, first ? first.start : start);
  }
  const custom: CustomAnnotation = { start, end, name: name(source, first), strings: [] };
  let i = 1;
  if (items[i]?.kind === "open") {
    const position = items[i + 1];
    const section = items[i + 2];
    const close = items[i + 3];
    const where = position && position.kind === "word" ? source.slice(position.start, position.end) : "";
    if (where !== "before" && where !== "after") {
      throw new WatSyntaxError("@custom annotation: malformed placement", source, items[i].start);
    }
    const kind = section && section.kind === "word" ? source.slice(section.start, section.end) : "";
    const extreme = (where === "before" && kind === "first") || (where === "after" && kind === "last");
    if (!SECTIONS.has(kind) && !extreme) {
      throw new WatSyntaxError("@custom annotation: malformed section kind", source, section ? section.start : items[i].start);
    }
    if (!close || close.kind !== "close") {
      throw new WatSyntaxError("@custom annotation: malformed placement", source, items[i].start);
    }
    custom.place = { position: where, section: kind as SectionId | "first" | "last" };
    i += 4;
  }
  for (; i < items.length; i++) {
    const item = items[i];
    if (item.kind !== "string") throw new WatSyntaxError("@custom annotation: unexpected token", source, item.start);
    custom.strings.push({ start: item.start, end: item.end, bytes: literal(source, item, parseString) });
  }
  return custom;
}

/** `(@producers (FIELD "name" "version")*)`: the producers section, placed after everything as wasm-tools places it. */
function readProducers(source: SourceText, items: Item[], start: number, end: number): CustomAnnotation {
  const producers: Producer[] = [];
  for (let i = 0; i < items.length; i += 5) {
    const [open, field, name, version, close] = items.slice(i, i + 5);
    const fieldName = field?.kind === "word" ? source.slice(field.start, field.end) : "";
    if (open.kind !== "open" || !(PRODUCER_FIELDS as readonly string[]).includes(fieldName)) {
      throw new WatSyntaxError(`@producers annotation: expected (${PRODUCER_FIELDS.join("|")} "name" "version")`, source, (field ?? open).start);
    }
    if (name?.kind !== "string" || version?.kind !== "string" || close?.kind !== "close") {
      throw new WatSyntaxError(`@producers annotation: (${fieldName} ...) takes a name and a version string`, source, open.start);
    }
    producers.push({ field: fieldName as ProducerFieldName, name: literal(source, name, parseName), version: literal(source, version, parseName) });
  }
  return { start, end, name: "producers", strings: [{ start, end, bytes: encodeProducers(producers) }], producers };
}

/** The `(@dylink.0 ...)` annotation from `start` to `end`, read as the parser reads it. */
export function readDylinkAt(source: SourceText, start: number, end: number): CustomAnnotation {
  return readDylink(source, scan(source, start + "(@dylink.0".length, end - 1), start, end);
}

/** The `(@watkit.exact ...)` annotation from `start` to `end`, read as the parser reads it. */
export function readExactAt(source: SourceText, start: number, end: number): ExactAnnotation {
  return readExact(source, scan(source, start + "(@watkit.exact".length, end - 1), start, end);
}

/**
 * `(@dylink.0 (mem-info (memory SIZE ALIGN)? (table SIZE ALIGN)?)? (needed "lib"*)*
 * (export-info "name" FLAG*)* (import-info "module" "name" FLAG*)*)`: the
 * dylink.0 section, placed before everything as wasm-tools places it. A
 * flag is a name from `SYMBOL_FLAGS` or a number.
 */
function readDylink(source: SourceText, items: Item[], start: number, end: number): CustomAnnotation {
  let i = 0;
  const fail = (what: string): never => {
    throw new WatSyntaxError(`@dylink.0 annotation: ${what}`, source, items[i]?.start ?? start);
  };
  const wordAt = (): string => (items[i]?.kind === "word" ? source.slice(items[i].start, items[i].end) : "");
  const take = (kind: Item["kind"], what: string): Item => (items[i]?.kind === kind ? items[i++] : fail(`expected ${what}`));
  const u32 = (): number => {
    const text = wordAt();
    const value = /^(0x[0-9a-fA-F](_?[0-9a-fA-F])*|[0-9](_?[0-9])*)$/.test(text) ? Number(text.replaceAll("_", "")) : NaN;
    if (!(value <= 0xffffffff)) fail(`expected a u32, found '${text}'`);
    i++;
    return value;
  };
  const pair = (keyword: string): [number, number] => {
    if (items[i]?.kind !== "open" || source.slice(items[i + 1]?.start, items[i + 1]?.end) !== keyword) return [0, 0];
    i += 2;
    const size = u32();
    const align = u32();
    take("close", `')' after (${keyword} SIZE ALIGN`);
    return [size, align];
  };
  const flags = (): number => {
    let value = 0;
    while (items[i]?.kind === "word") {
      const word = wordAt();
      const named = SYMBOL_FLAGS.find(([w]) => w === word);
      if (named !== undefined) {
        value |= named[1];
        i++;
      } else value |= u32();
    }
    return value >>> 0;
  };
  const text = (): string => literal(source, take("string", "a string"), parseName);
  const entries: DylinkEntry[] = [];
  while (i < items.length) {
    take("open", "(mem-info ...), (needed ...), (export-info ...) or (import-info ...)");
    const keyword = wordAt();
    i++;
    if (keyword === "mem-info") {
      const [memorySize, memoryAlign] = pair("memory");
      const [tableSize, tableAlign] = pair("table");
      entries.push({ kind: "mem-info", memorySize, memoryAlign, tableSize, tableAlign });
    } else if (keyword === "needed") {
      const libraries: string[] = [];
      while (items[i]?.kind === "string") libraries.push(text());
      entries.push({ kind: "needed", libraries });
    } else if (keyword === "export-info") {
      entries.push({ kind: "export-info", name: text(), flags: flags() });
    } else if (keyword === "import-info") {
      entries.push({ kind: "import-info", module: text(), name: text(), flags: flags() });
    } else {
      i--;
      fail(`unknown subsection '${keyword}'`);
    }
    take("close", `')' to end (${keyword} ...)`);
  }
  const place = { position: "before" as const, section: "first" as const };
  return { start, end, name: "dylink.0", place, strings: [{ start, end, bytes: encodeDylink(entries) }], dylink: entries };
}

/**
 * `(@linking (after data) ...)` or `(@reloc.section TARGET (after data) ...)`:
 * where an object file's linking or reloc.* section goes; `module/object-text.ts` reads the rest.
 */
function readObjectSection(source: SourceText, id: string, items: SExpr[], start: number, end: number): CustomAnnotation {
  const at = id === "linking" ? 0 : 1;
  const place = items[at];
  const words = place?.kind === "list" ? place.items.map((x) => (x.kind === "word" ? x.text : "")) : [];
  const [position, section] = words;
  const extreme = (position === "before" && section === "first") || (position === "after" && section === "last");
  if (words.length !== 2 || (position !== "before" && position !== "after") || !(SECTIONS.has(section) || extreme)) {
    throw new WatSyntaxError(`@${id} annotation: expected its place, e.g. (after data)`, source, place?.at ?? start);
  }
  const object = [...items.slice(0, at), ...items.slice(at + 1)];
  return { start, end, name: id, place: { position, section: section as SectionId | "first" | "last" }, strings: [], object };
}

/** Scanned items as a tree of words, strings (decoded) and lists. */
function tree(source: SourceText, items: Item[]): SExpr[] {
  const stack: SExpr[][] = [[]];
  for (const item of items) {
    const top = stack[stack.length - 1];
    if (item.kind === "open") {
      const list: SExpr = { kind: "list", items: [], at: item.start };
      top.push(list);
      stack.push(list.items);
    } else if (item.kind === "close") {
      stack.pop();
    } else if (item.kind === "string") {
      top.push({ kind: "string", text: name(source, item), at: item.start });
    } else {
      top.push({ kind: "word", text: source.slice(item.start, item.end), at: item.start });
    }
  }
  return stack[0];
}

const EXACT_SECTIONS: ReadonlySet<string> = new Set([...SECTIONS, "name", "branch-hints"]);

function readExact(source: SourceText, items: Item[], start: number, end: number): ExactAnnotation {
  let i = 0;
  const fail = (what: string): never => {
    throw new WatSyntaxError(`@watkit.exact annotation: ${what}`, source, items[i]?.start ?? start);
  };
  const word = (): string => (items[i]?.kind === "word" ? source.slice(items[i].start, items[i++].end) : fail("expected a word"));
  const nat = (): number => {
    const text = word();
    if (!/^[0-9]{1,10}$/.test(text)) fail(`expected a number, found '${text}'`);
    return Number(text);
  };
  const unit = word();
  let result: ExactAnnotation;
  if (unit === "names-after" || unit === "hints-after") {
    result = { unit, count: nat(), start, end };
    if (items[i]?.kind === "open") {
      i++;
      const position = word();
      const section = word();
      const extreme = (position === "before" && section === "first") || (position === "after" && section === "last");
      if ((position !== "before" && position !== "after") || !(SECTIONS.has(section) || extreme)) fail(`malformed placement '${position} ${section}'`);
      if (items[i++]?.kind !== "close") fail("expected ')'");
      result.place = { position: position as "before" | "after", section: section as SectionId | "first" | "last" };
    }
  } else if (unit === "func" || unit === "section" || unit === "custom") {
    const index = unit !== "section" ? nat() : 0;
    const section = unit === "section" ? word() : "";
    if (unit === "section" && !EXACT_SECTIONS.has(section)) fail(`unknown section '${section}'`);
    if (items[i]?.kind !== "string") fail("expected the digest string");
    const note: ExactNote = { digest: literal(source, items[i++], parseName) };
    while (i < items.length) {
      if (items[i++].kind !== "open") fail("expected '('");
      const key = word();
      if (key === "size") {
        note.sizeWidth = nat();
      } else if (key === "pad") {
        const paddings: number[] = [];
        while (items[i]?.kind === "word") paddings.push(nat());
        if (paddings.length % 3 !== 0) fail("(pad ...) takes offset, width, fill triples");
        note.paddings = paddings;
      } else if (key === "raw") {
        const parts: Uint8Array[] = [];
        while (items[i]?.kind === "string") parts.push(literal(source, items[i++], parseString));
        note.raw = concatBytes(parts);
      } else {
        fail(`unknown item '${key}'`);
      }
      if (items[i++]?.kind !== "close") fail("expected ')'");
    }
    result = unit === "section" ? { unit, section: section as ExactSection, note, start, end } : { unit, index, note, start, end };
  } else {
    return fail(`unknown unit '${unit}'`);
  }
  if (i < items.length) fail("unexpected token");
  return result;
}

function name(source: SourceText, item: Item): string {
  return literal(source, item, parseName);
}

function literal<T>(source: SourceText, item: Item, read: (text: string) => T): T {
  try {
    return read(source.slice(item.start, item.end));
  } catch (error) {
    if (error instanceof LiteralError) throw new WatSyntaxError(error.message, source, item.start + error.offset);
    throw error;
  }
}

/** Space, tab, newline, return, parentheses, quote, semicolon: what ends a word. */
const WORD_END: ReadonlySet<number> = new Set([0x20, 0x09, 0x0a, 0x0d, 0x28, 0x29, 0x22, 0x3b]);

function scan(source: SourceText, from: number, to: number): Item[] {
  const charAt = charsOf(source);
  const fail: Fail = (message, offset) => {
    throw new WatSyntaxError(message, source, offset);
  };
  const items: Item[] = [];
  let i = from;
  while (i < to) {
    const c = source.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i++;
    } else if (c === 0x3b && source.charCodeAt(i + 1) === 0x3b) {
      i = Math.min(lineCommentEnd(charAt, i), to);
    } else if (c === 0x28 && source.charCodeAt(i + 1) === 0x3b) {
      i = blockCommentEnd(charAt, i, fail);
    } else if (c === 0x28) {
      items.push({ kind: "open", start: i, end: ++i });
    } else if (c === 0x29) {
      items.push({ kind: "close", start: i, end: ++i });
    } else if (c === 0x22) {
      const start = i;
      i = stringEnd(charAt, i);
      if (i < 0) fail("malformed string in annotation", start);
      items.push({ kind: "string", start, end: i });
    } else {
      const start = i;
      while (i < to && !WORD_END.has(source.charCodeAt(i))) i++;
      if (i === start) i++;
      items.push({ kind: "word", start, end: i });
    }
  }
  return items;
}
