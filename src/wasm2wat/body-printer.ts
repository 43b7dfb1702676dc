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

/** How the bodies are printed: as `wasm2wat`'s options say. */
export interface BodyPrintOptions {
  folded: boolean;
  names: boolean;
  exact: boolean;
  printWidth?: number;
}

export interface PrintedBatch {
  /** The function fields as UTF-8 chunks, each field after a line break. */
  chunks: Uint8Array[];
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

  /** Throws `WasmDecodeError` for a malformed body. */
  batch({ from, to }: BodyRange): PrintedBatch {
    const { module, layout } = this.deferred;
    const paddedBefore = layout.padded.length;
    const usesDataIndex = this.deferred.readBodies(from, to);
    const padded = layout.padded.splice(paddedBefore);
    const funcs = module.funcs.slice(from, to);
    const chunks: Uint8Array[] = [];
    printFields(this.raise(funcs), this.print, funcs[0].index, (chunk) => chunks.push(chunk));
    const notes = this.options.exact ? bodyNotes(this.bytes, module, layout, from, to, padded) : undefined;
    for (const f of funcs) f.body = [];
    return { chunks, notes, usesDataIndex };
  }
}
