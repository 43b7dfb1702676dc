/**
 * Binary to text of a large module on one thread, its function bodies read
 * a run at a time as the printer reaches them and dropped once printed:
 * the module's model, most of it instructions, is otherwise held whole for
 * the whole print, and every young-generation collection of the decode
 * copies it again (a 2.4 MB binary's model: 29 MB of heap).
 *
 * The text is the whole decode's to the byte: the module is read as the
 * threads of `split.ts` read it (`decodeDeferred`), each run's bodies are
 * noted as they are read, and the sections' notes, which need every body
 * read, are made after the last one, before the printer writes the notes
 * at the end of the module. A problem anywhere leaves the text to the whole
 * decode, which reports it; a problem in a body shows only once the text
 * before it is printed, so the stream is printed so only for a caller that
 * drops it then (`InternalWasm2WatOptions.droppedOnError`).
 */
import { decodeDeferred, readsApart, type DecodedLayout } from "../binary/decode.js";
import { WasmDecodeError } from "../binary/decode-error.js";
import { addSectionNotes, bodyNotes, dropExactNotes } from "../binary/exact-notes.js";
import type { ExactNote, Func } from "../module/model.js";
import { raise } from "../module/raise.js";
import { hasLinkingSection } from "../object/decode-object.js";
import { type InternalPrintOptions, printRaised, printRaisedStream, type Sink } from "../print/print.js";
import { bodyRanges } from "../wat2wasm/batch-run.js";
import { splitDecodeOptions } from "./split.js";

export interface RunPrintOptions extends InternalPrintOptions {
  folded: boolean;
  names: boolean;
  exact: boolean;
  /** Bytes of bodies per run (tests make it small to read small modules in several runs). */
  runBytes?: number;
}

/**
 * Bytes of bodies per run: the model of a run's bodies is what stays alive
 * at once (runs of 16, 64 and 256 KB of a 2.4 MB binary took the same time).
 */
const RUN_BYTES = 1 << 16;

/** Thrown out of the print when the text must come from the whole decode after all. */
class WholeDecode extends Error {}

/**
 * The text of the module of `bytes` (or, given `write`, an empty string
 * once the text is written to it), or undefined when the whole decode must
 * make it: an object file (relocations point into bodies), a module read
 * apart otherwise than whole (`readsApart`), or a malformed one, of which
 * part of the text may have been written.
 */
export function printByRuns(bytes: Uint8Array, options: RunPrintOptions, write?: Sink): string | undefined {
  if (hasLinkingSection(bytes)) return undefined;
  const layout: DecodedLayout = { sections: {}, bodies: [], customs: new Map(), padded: [] };
  try {
    const deferred = decodeDeferred(bytes, { ...splitDecodeOptions(options), layout });
    const module = deferred.module;
    if (!readsApart(module, options.names) || module.funcs.length === 0) return undefined;
    if (!options.exact) dropExactNotes(module);
    const notes: (ExactNote | undefined)[] = [];
    let usesDataIndex = false;
    const parts = raise(module, { folded: options.folded, names: options.names, modelBodies: options.nodeBodies !== true, funcs: runs() });

    function* runs(): Generator<Func> {
      const funcs = module.funcs;
      for (const { from, to } of bodyRanges(layout.bodies, options.runBytes ?? RUN_BYTES)) {
        const paddedBefore = layout.padded.length;
        if (deferred.readBodies(from, to)) usesDataIndex = true;
        // The bodies' padded numbers are theirs: the sections' notes are made from the rest.
        const padded = layout.padded.splice(paddedBefore);
        if (options.exact) for (const note of bodyNotes(bytes, module, layout, from, to, padded)) notes.push(note);
        for (let i = from; i < to; i++) yield funcs[i];
        for (let i = from; i < to; i++) funcs[i].body = [];
      }
      // What the whole decode rejects (it reports it).
      if (usesDataIndex && module.dataCount !== true) throw new WholeDecode();
      if (!options.exact) return;
      layout.usesDataIndex = usesDataIndex;
      // Before the bodies' notes: an encoding made for the sections' would apply them.
      addSectionNotes(bytes, module, layout);
      for (let i = 0; i < notes.length; i++) if (notes[i] !== undefined) funcs[i].exact = notes[i];
      parts.renote();
    }

    if (write === undefined) return printRaised(parts, options);
    printRaisedStream(parts, options, write);
    return "";
  } catch (error) {
    if (error instanceof WasmDecodeError || error instanceof WholeDecode) return undefined;
    throw error;
  }
}
