/**
 * One thread's share of a split conversion: the module resolved from the
 * skeleton (the text without function bodies), and batches of bodies
 * encoded into code section entries in its scope: straight from their text
 * (`direct-body.ts`), or, for the bodies that path gives up on, parsed,
 * resolved and encoded. The main thread and each worker hold one.
 *
 * Any problem in a batch (a syntax error, an unknown name, a body that
 * needs a type the skeleton lacks, a feature outside the set) refuses the
 * batch instead of reporting:
 * the caller then converts the whole text on one thread, which reports the
 * first error with its line and column in the text as given.
 */
import { type EncodedBodies, encodeBodies } from "../binary/encode.js";
import type { PlacedMetadata } from "../binary/code-metadata-sections.js";
import { ByteWriter } from "../binary/writer.js";
import { assignIndices } from "../module/indices.js";
import type { FeatureSet } from "../isa/features.js";
import { type FeatureSpec, firstFeatureProblem, funcsKeepTo, restrictedSet } from "../module/feature-check.js";
import type { Func, Module } from "../module/model.js";
import { type BodyResolver, resolveForBodies } from "../module/resolve.js";
import type { FuncField, ModuleNode, Script } from "../syntax/ast.js";
import { WatError } from "../syntax/errors.js";
import type { BodySlot } from "../syntax/func-bodies.js";
import { ChunkedText, type SourceText } from "../syntax/source-text.js";
import { DEFAULT_MAX_DEPTH } from "../syntax/nesting.js";
import { DirectBodies } from "./direct-body.js";
import { readSkeleton } from "./direct-skeleton.js";
import { parser } from "./on-first-use.js";

/** Bodies to convert: the function fields they belong to, and each body's text (what its `(func ... )` holds after the name). */
export interface BodyBatch {
  fields: number[];
  bodies: string[];
}

/** Bodies to parse: the function fields they belong to, and their text as `(func BODY)` fields in that order. */
interface FieldsText {
  fields: number[];
  text: string;
}

export interface ConvertedBatch extends EncodedBodies {
  /** Whether a body names a data segment (the module then needs a data count section). */
  dataCount: boolean;
}

export class BodyConverter {
  private readonly resolver: BodyResolver;
  private readonly features: FeatureSet | undefined;
  private indexed = false;
  /** Bodies written straight from their text, and bodies parsed, since the converter was made (tests read them). */
  direct = 0;
  parsed = 0;

  /**
   * Throws a `WatError` when the skeleton does not resolve, is an object file or uses a feature outside `features`.
   * `node`: the skeleton's module when the caller has read it already; `forBodies`: the skeleton is
   * `bodySkeleton`'s, whose module only scopes bodies (another thread checks the whole one's features).
   */
  constructor(
    skeleton: string,
    private readonly names: boolean,
    features?: FeatureSpec,
    { node, forBodies = false }: { node?: ModuleNode; forBodies?: boolean } = {},
  ) {
    const module = node ?? readSkeleton(skeleton) ?? onlyModule(parser().parseWat(skeleton).commands);
    if (module === undefined) throw new WatError("not one module of fields", skeleton, 0);
    this.resolver = resolveForBodies(module, skeleton);
    // An object file's code relocations are placed by offsets in the whole code section, which one encoding gives.
    if (this.resolver.module.linking !== undefined) throw new WatError("an object file", skeleton, 0);
    this.features = restrictedSet(features);
    if (!forBodies && this.features !== undefined && firstFeatureProblem(this.resolver.module, this.features) !== undefined) {
      throw new WatError("a feature outside the set", skeleton, 0);
    }
  }

  get module(): Module {
    return this.resolver.module;
  }

  get funcFields(): number {
    return this.resolver.funcFields.length;
  }

  /** The batch's code entries, or undefined when it is refused. */
  convert(batch: BodyBatch): ConvertedBatch | undefined {
    // The sender posts slices of its text (no copy on its heap); they are read as one text unjoined, since a joined
    // batch would be a large object, which only a full collection frees.
    const slots: BodySlot[] = [];
    let at = 0;
    for (let i = 0; i < batch.bodies.length; i++) {
      slots.push({ field: batch.fields[i], start: at, end: at + batch.bodies[i].length });
      at += batch.bodies[i].length;
    }
    return this.convertSlots(new ChunkedText(batch.bodies), slots);
  }

  /**
   * The code entries of the bodies at `slots` of `text` (in the order of
   * their fields), or undefined when they are refused. `whole`: the slots
   * are all the module's bodies, so a body may add an implicit type to the
   * module (a batch converted apart may not: each thread has its own).
   */
  convertSlots(text: SourceText, slots: readonly BodySlot[], whole = false): ConvertedBatch | undefined {
    const module = this.module;
    if (!this.indexed) {
      assignIndices(module);
      this.indexed = true;
    }
    const w = new ByteWriter(1 << 16);
    const direct = new DirectBodies(w, this.names, this.features, whole);
    // Object files relocate what bodies name, which only the model records.
    const directly = module.linking === undefined;
    let count = 0;
    while (directly && count < slots.length && this.writeDirect(direct, text, slots[count])) count++;
    if (count < slots.length) return this.convertMixed(text, slots, w, direct, directly, count);
    if (direct.usesData) module.dataCount = true;
    return { count, bytes: w.finish(), labelNames: direct.labelNames, metadata: byKind(direct.metadata), dataCount: module.dataCount === true };
  }

  /** Writes the code entry of the body at `slot` straight from its text; false when it is given up. */
  private writeDirect(direct: DirectBodies, text: SourceText, slot: BodySlot): boolean {
    const body = typeof text === "string" ? text : text.slice(slot.start, slot.end);
    const at = typeof text === "string" ? slot.start : 0;
    if (!direct.entry(body, at, at + slot.end - slot.start, this.resolver.scope(slot.field))) return false;
    this.direct++;
    return true;
  }

  /**
   * `convertSlots` from the first body not written directly, `count` entries
   * in `w` before it: runs of direct entries and parsed ones joined in
   * order. Apart, so that the path every body takes when none is given up is
   * compiled small.
   */
  private convertMixed(
    text: SourceText,
    slots: readonly BodySlot[],
    w: ByteWriter,
    direct: DirectBodies,
    directly: boolean,
    count: number,
  ): ConvertedBatch | undefined {
    const module = this.module;
    // Runs of entries in order; the direct entries since the last run are in `w`.
    const runs: EncodedBodies[] = [];
    let parse: BodySlot[] = [];
    const cut = (): void => {
      if (count === 0) return;
      runs.push({ count, bytes: w.view(0).slice(), labelNames: direct.labelNames.splice(0), metadata: byKind(direct.metadata.splice(0)) });
      w.truncate(0);
      count = 0;
    };
    for (let i = count; i < slots.length; i++) {
      const slot = slots[i];
      if (!directly || !this.writeDirect(direct, text, slot)) {
        if (parse.length === 0) cut();
        parse.push(slot);
        continue;
      }
      if (parse.length > 0) {
        const parsed = this.parse(slotText(text, parse));
        if (parsed === undefined) return undefined;
        // The entry just written goes after the parsed ones.
        const entry = w.view(0).slice();
        const labelNames = direct.labelNames.splice(0);
        const metadata = direct.metadata.splice(0);
        w.truncate(0);
        runs.push(parsed);
        parse = [];
        w.bytes(entry);
        direct.labelNames.push(...labelNames);
        direct.metadata.push(...metadata);
      }
      count++;
    }
    if (parse.length > 0) {
      const parsed = this.parse(slotText(text, parse));
      if (parsed === undefined) return undefined;
      runs.push(parsed);
    }
    if (direct.usesData) module.dataCount = true;
    const dataCount = module.dataCount === true;
    if (runs.length === 0) return { count, bytes: w.finish(), labelNames: direct.labelNames, metadata: byKind(direct.metadata), dataCount };
    cut();
    return { ...joinRuns(runs), dataCount };
  }

  /** Bodies parsed, resolved and encoded: the way every body can take. */
  private parse(batch: FieldsText): ConvertedBatch | undefined {
    try {
      // Each body's `(func` stands where the whole text has it, inside `(module`: one level of the limit is the module's.
      const fields = onlyModule(parser().parseWat(batch.text, { maxDepth: DEFAULT_MAX_DEPTH - 1 }).commands)?.fields;
      if (fields === undefined || fields.length !== batch.fields.length) return undefined;
      const funcs: Func[] = [];
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        if (field.kind !== "func" || !bodyOnly(field)) return undefined;
        const func = this.resolver.define(batch.fields[i], field.body);
        if (func === undefined) return undefined;
        funcs.push(func);
      }
      if (this.features !== undefined && !funcsKeepTo(funcs, this.features)) return undefined;
      this.parsed += funcs.length;
      return { ...encodeBodies(this.module, funcs, this.names, { numbered: true }), dataCount: this.module.dataCount === true };
    } catch (error) {
      if (error instanceof WatError) return undefined;
      throw error;
    }
  }
}

/**
 * Whether a body parsed as `(func BODY)` is code alone. The split takes a
 * function's header from the skeleton, so anything of a header in the body
 * (the split's scan missed it, or the text puts it where no header goes)
 * must send the text to the parser whole rather than be dropped.
 */
function bodyOnly(field: FuncField): boolean {
  const { typeUse } = field;
  return (
    field.id === undefined &&
    field.name === undefined &&
    field.exports.length === 0 &&
    field.import === undefined &&
    field.exact === undefined &&
    field.metadata === undefined &&
    field.locals.length === 0 &&
    typeUse.type === undefined &&
    typeUse.params.length === 0 &&
    typeUse.results.length === 0
  );
}

/** Bodies as `(func BODY)` fields. */
function slotText(text: SourceText, slots: readonly BodySlot[]): FieldsText {
  return { fields: slots.map((s) => s.field), text: slots.map((s) => "(func " + text.slice(s.start, s.end) + ")\n").join("") };
}

/** No code metadata: most modules' (one map for all of them, never changed). */
const NO_METADATA: ReadonlyMap<string, readonly PlacedMetadata[]> = new Map();

/** Code metadata items in the order of the code, by kind. */
function byKind(items: readonly [string, PlacedMetadata][]): ReadonlyMap<string, readonly PlacedMetadata[]> {
  if (items.length === 0) return NO_METADATA;
  const kinds = new Map<string, PlacedMetadata[]>();
  for (const [kind, item] of items) {
    const list = kinds.get(kind);
    if (list === undefined) kinds.set(kind, [item]);
    else list.push(item);
  }
  return kinds;
}

/** Consecutive runs of entries as one. */
function joinRuns(runs: readonly EncodedBodies[]): EncodedBodies {
  const bytes = new Uint8Array(runs.reduce((n, r) => n + r.bytes.length, 0));
  const labelNames: EncodedBodies["labelNames"] = [];
  const metadata = new Map<string, PlacedMetadata[]>();
  let at = 0;
  let count = 0;
  for (const run of runs) {
    bytes.set(run.bytes, at);
    at += run.bytes.length;
    count += run.count;
    labelNames.push(...run.labelNames);
    for (const [kind, items] of run.metadata) {
      const list = metadata.get(kind);
      if (list === undefined) metadata.set(kind, [...items]);
      else list.push(...items);
    }
  }
  return { count, bytes, labelNames, metadata };
}

function onlyModule(commands: Script["commands"]): ModuleNode | undefined {
  const command = commands.length === 1 ? commands[0] : undefined;
  if (command?.kind !== "module") return undefined;
  return command.module.kind === "module" ? command.module : undefined;
}
