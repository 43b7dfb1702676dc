/**
 * Where the kept data segments go in memory, as lld lays them out: input
 * segments merge into output segments by name (`.rodata.*` into `.rodata`,
 * likewise `.data`, `.bss`, `.tdata`), ordered `.tdata`, `.rodata`, `.data`,
 * others, `.bss`; each input segment at its alignment; mergeable strings
 * (SEGMENT_INFO flag STRINGS, byte-aligned) deduplicated into one chunk at
 * the place of the first of them. Data starts at the global base; the stack
 * follows it (16-byte aligned), and the heap starts where the stack's top is.
 */
import type { Data } from "../module/model.js";
import { SEG } from "../module/object-model.js";

export interface OutputSegment {
  name: string;
  /** log2 of the alignment. */
  align: number;
  address: number;
  size: number;
  /** The input segments (mergeable strings: their group) in order, with where each starts in this one. */
  parts: Array<{ part: Data | MergedStrings; offset: number }>;
}

/**
 * The mergeable strings of an output segment, each once, laid out as LLVM's
 * string table builder does for lld: sorted by their reversed bytes
 * (descending), a string that ends another one sharing its bytes.
 */
export interface MergedStrings {
  readonly kind: "strings";
  /** Each distinct string (NUL included), and once laid out its offset. */
  offsets: Map<string, number>;
  bytes: Uint8Array;
}

/** Where an input segment went: its output segment and offset there, or for mergeable strings each string's start in the input and the merged bytes. */
export interface Placement {
  segment: OutputSegment;
  offset: number;
  pieces?: Array<[from: number, text: string]>;
}

export interface MemoryLayout {
  segments: OutputSegment[];
  placements: Map<Data, Placement>;
  dataEnd: number;
  stackTop: number;
  heapBase: number;
  /** 64 KiB pages the memory starts with: enough for data and stack. */
  pages: number;
}

const PAGE = 65536;
const STACK_ALIGN = 16;

const alignTo = (n: number, log2: number) => Math.ceil(n / 2 ** log2) * 2 ** log2;

/** The output segment an input segment goes to (lld's getOutputDataSegmentName). */
function outputName(data: Data): string {
  if (((data.segment?.flags ?? 0) & SEG.TLS) !== 0) return ".tdata";
  const name = data.segment?.name ?? "";
  for (const prefix of [".text", ".data", ".bss", ".rodata"]) if (name.startsWith(prefix + ".")) return prefix;
  return name;
}

const ORDER = [".tdata", ".rodata", ".data"];
function rank(name: string): number {
  const i = ORDER.findIndex((prefix) => name.startsWith(prefix));
  return i >= 0 ? i : name.startsWith(".bss") ? 4 : 3;
}

function mergeable(data: Data): boolean {
  return ((data.segment?.flags ?? 0) & SEG.STRINGS) !== 0 && (data.segment?.align ?? 0) === 0 && data.bytes.length > 0;
}

export function layoutMemory(datas: Data[], globalBase: number, stackSize: number): MemoryLayout {
  const byName = new Map<string, OutputSegment>();
  const placements = new Map<Data, Placement>();
  const strings = new Map<OutputSegment, MergedStrings>();
  for (const data of datas) {
    const name = outputName(data);
    let segment = byName.get(name);
    if (segment === undefined) byName.set(name, (segment = { name, align: 0, address: 0, size: 0, parts: [] }));
    segment.align = Math.max(segment.align, data.segment?.align ?? 0);
    if (!mergeable(data)) {
      segment.parts.push({ part: data, offset: 0 });
      placements.set(data, { segment, offset: 0 });
      continue;
    }
    let group = strings.get(segment);
    if (group === undefined) {
      strings.set(segment, (group = stringGroup()));
      segment.parts.push({ part: group, offset: 0 });
    }
    placements.set(data, { segment, offset: 0, pieces: addStrings(group, data.bytes) });
  }
  for (const group of strings.values()) layoutStrings(group);
  const segments = [...byName.values()].sort((a, b) => rank(a.name) - rank(b.name));
  let at = globalBase;
  for (const segment of segments) {
    for (const p of segment.parts) {
      const isData = "entity" in p.part;
      p.offset = alignTo(segment.size, isData ? ((p.part as Data).segment?.align ?? 0) : 0);
      segment.size = p.offset + (isData ? (p.part as Data).bytes.length : (p.part as MergedStrings).bytes.length);
    }
    segment.address = at = alignTo(at, segment.align);
    at += segment.size;
  }
  for (const [data, placement] of placements) {
    const part = placement.pieces === undefined ? data : strings.get(placement.segment)!;
    placement.offset = placement.segment.parts.find((p) => p.part === part)!.offset;
  }
  const dataEnd = at;
  const stackTop = alignTo(dataEnd, Math.log2(STACK_ALIGN)) + stackSize;
  return { segments, placements, dataEnd, stackTop, heapBase: stackTop, pages: Math.ceil(stackTop / PAGE) };
}

/** A group of mergeable strings with nothing in it yet. */
export function stringGroup(): MergedStrings {
  return { kind: "strings", offsets: new Map(), bytes: new Uint8Array() };
}

/** Adds an input's NUL-terminated strings to the group; where each starts in the input, and which string it is. */
export function addStrings(group: MergedStrings, bytes: Uint8Array): Array<[number, string]> {
  const pieces: Array<[number, string]> = [];
  for (let i = 0; i < bytes.length; ) {
    let end = bytes.indexOf(0, i);
    if (end < 0) end = bytes.length - 1;
    const text = latin1.decode(bytes.subarray(i, end + 1));
    group.offsets.set(text, 0);
    pieces.push([i, text]);
    i = end + 1;
  }
  return pieces;
}

const latin1 = new TextDecoder("latin1");

/** Byte `pos` from the end of `s`, or -1 past its start. */
const tailAt = (s: string, pos: number) => (pos < s.length ? s.charCodeAt(s.length - 1 - pos) : -1);

function byTailDescending(a: string, b: string): number {
  for (let pos = 0; ; pos++) {
    const x = tailAt(a, pos);
    const y = tailAt(b, pos);
    if (x !== y || x === -1) return y - x;
  }
}

/** Lays out the group's strings (its `bytes` and each string's offset). */
export function layoutStrings(group: MergedStrings): void {
  let text = "";
  let previous = "";
  for (const s of [...group.offsets.keys()].sort(byTailDescending)) {
    if (previous.endsWith(s)) {
      group.offsets.set(s, text.length - s.length);
      continue;
    }
    group.offsets.set(s, text.length);
    text += s;
    previous = s;
  }
  group.bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** The address of byte `offset` of a placed input segment. */
export function addressIn(placement: Placement, offset: number): number {
  const base = placement.segment.address + placement.offset;
  const pieces = placement.pieces;
  if (pieces === undefined) return base + offset;
  const group = placement.segment.parts.find((p) => !("entity" in p.part))!.part as MergedStrings;
  return base + stringOffset(group, pieces, offset);
}

/** Where byte `offset` of an input whose strings went into `group` is in the group's bytes. */
export function stringOffset(group: MergedStrings, pieces: Array<[number, string]>, offset: number): number {
  let k = pieces.length - 1;
  while (k > 0 && pieces[k][0] > offset) k--;
  const [from, text] = pieces[k];
  return group.offsets.get(text)! + (offset - from);
}

/** The bytes of an output segment, once its input segments are relocated. */
export function segmentBytes(segment: OutputSegment): Uint8Array {
  const bytes = new Uint8Array(segment.size);
  for (const p of segment.parts) bytes.set("entity" in p.part ? p.part.bytes : p.part.bytes, p.offset);
  return bytes;
}
