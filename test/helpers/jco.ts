/** wasm-tools (through jco) as the oracle: its encoding of a text, the name section left out. */
import { parse as jcoParse } from "@bytecodealliance/jco";
import { withoutNames } from "./wasm-sections.js";

/** jco's bytes for a text without the name section, or undefined when jco cannot read it. */
export async function jcoBytes(text: string): Promise<Uint8Array | undefined> {
  try {
    return withoutNames(await jcoParse(text));
  } catch {
    return undefined;
  }
}
