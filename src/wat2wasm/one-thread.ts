/**
 * Text to binary on the calling thread through the split at function
 * bodies (`syntax/func-bodies.ts`): the skeleton read (`direct-skeleton.ts`,
 * else parsed) and resolved, then every body converted in its scope by a
 * `BodyConverter`, straight from its text where it can be. Reading only
 * the skeleton is what pays: the bodies, nearly all of a module's text,
 * skip the parser, the AST and the model.
 */
import { encode } from "../binary/encode.js";
import type { FeatureSpec } from "../module/feature-check.js";
import { WatError } from "../syntax/errors.js";
import { splitFuncBodies } from "../syntax/func-bodies.js";
import type { SourceText } from "../syntax/source-text.js";
import { BodyConverter } from "./body-converter.js";
import { readSkeleton } from "./direct-skeleton.js";

export interface OneThreadOptions {
  names: boolean;
  features?: FeatureSpec;
}

/**
 * The binary of `text`, or undefined when the text does not split or a body
 * is refused: the caller then parses the whole text, which also reports
 * its errors with their line and column.
 */
export function wat2wasmSplit(text: SourceText, options: OneThreadOptions): Uint8Array | undefined {
  const split = splitFuncBodies(text);
  if (split === undefined) return undefined;
  // Without bodies the skeleton is the whole text: the split pays only when the skeleton is read without the parser.
  const node = split.bodies.length === 0 ? readSkeleton(split.skeleton) : undefined;
  if (split.bodies.length === 0 && node === undefined) return undefined;
  const names = options.names && mayName(text);
  let converter: BodyConverter;
  try {
    converter = new BodyConverter(split.skeleton, names, options.features, { node });
  } catch (error) {
    if (error instanceof WatError) return undefined;
    throw error;
  }
  const module = converter.module;
  if (converter.funcFields !== split.funcFields || module.funcs.length !== split.bodies.length) return undefined;
  const converted = converter.convertSlots(text, split.bodies, true);
  if (converted === undefined) return undefined;
  if (converted.dataCount) module.dataCount = true;
  return encode(module, { names, consume: true, bodies: [converted] });
}

/**
 * False when no name can come out of `text`: names are spelled `$id` or
 * `(@name ...)`, and without any annotation no other section's place or
 * numbering depends on the name section. Most small modules name nothing, and
 * leaving the name-section writers alone spares their compile and their pass.
 */
function mayName(text: SourceText): boolean {
  return typeof text !== "string" || text.includes("$") || text.includes("@");
}
