/**
 * One thread's share of printing a binary on several threads: the module
 * decoded without its bodies, then runs of bodies read, noted (exact notes,
 * see `binary/exact-notes.ts`) and printed as the function fields of the
 * module's text, their bodies dropped once printed. The main thread and
 * each worker hold one.
 */
import type { DeferredModule } from "../binary/decode.js";
import { bodyNotes } from "../binary/exact-notes.js";
import type { ExactNote, Func } from "../module/model.js";
import type { FuncField } from "../syntax/ast.js";
import { funcRaiser } from "../module/raise.js";
import { printFields, type PrintOptions } from "../print/print.js";
import type { BodyRange } from "../wat2wasm/batch-run.js";
import { GrowingBytes } from "./growing-bytes.js";

/** How the bodies are printed: as `wasm2wat`'s options say. */
export interface BodyPrintOptions {
  folded: boolean;
  names: boolean;
  exact: boolean;
  printWidth?: number;
}

export interface PrintedBatch {
  /** The function fields in UTF-8, each after a line break: the start of a buffer of its own (see `GrowingBytes`). */
  text: Uint8Array;
  /** Each body's exact note, when notes are made. */
  notes?: (ExactNote | undefined)[];
  /** Whether a body uses a data segment index. */
  usesDataIndex: boolean;
}

export class BodyPrinter {
  private readonly raise: (funcs: readonly Func[]) => Iterable<FuncField>;
  private readonly print: PrintOptions;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly deferred: DeferredModule,
    private readonly options: BodyPrintOptions,
  ) {
    this.raise = funcRaiser(deferred.module, { folded: options.folded, names: options.names, modelBodies: true });
    this.print = { folded: options.folded, names: options.names, printWidth: options.printWidth };
  }

  /** Printed into `spare`, if given (a buffer of an earlier batch, done with); throws `WasmDecodeError` for a malformed body. */
  batch({ from, to }: BodyRange, spare?: ArrayBuffer): PrintedBatch {
    const { module, layout } = this.deferred;
    const paddedBefore = layout.padded.length;
    const usesDataIndex = this.deferred.readBodies(from, to);
    const padded = layout.padded.splice(paddedBefore);
    const funcs = module.funcs.slice(from, to);
    const bodyBytes = layout.bodies[to - 1].end - layout.bodies[from].start;
    const text = new GrowingBytes(spare !== undefined ? new Uint8Array(spare) : new Uint8Array(TEXT_PER_BODY_BYTE * bodyBytes));
    printFields(this.raise(funcs), this.print, funcs[0].index, (chunk) => text.add(chunk), true);
    const notes = this.options.exact ? bodyNotes(this.bytes, module, layout, from, to, padded) : undefined;
    for (const f of funcs) f.body = [];
    return { text: text.bytes(), notes, usesDataIndex };
  }
}

/**
 * Bytes of text room made per byte of bodies, so that a batch's buffer
 * seldom grows: the 14 MB Go and 18 MB Rust binaries print about 30 and
 * 20 bytes of text per byte of code (302 MB from 10 MB, 332 MB from 16 MB,
 * the rest of the module included). Room never written costs nothing but
 * address space: the pages of a fresh buffer are touched only when written.
 */
const TEXT_PER_BODY_BYTE = 48;
