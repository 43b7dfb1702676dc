/**
 * Which kind of input a command was given: a binary module (told by the
 * `\0asm` magic bytes) or text. A command that takes one kind refuses the
 * other with a hint naming the command that takes it.
 */
import { FileError } from "./io.js";

export type InputKind = "binary" | "text";

const MAGIC = [0x00, 0x61, 0x73, 0x6d];

export function inputKind(bytes: Uint8Array): InputKind {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b) ? "binary" : "text";
}

/** The name shown for an input: `-` is stdin. */
export function displayName(input: string): string {
  return input === "-" ? "<stdin>" : input;
}

/** True when the input holds nothing but white space (or nothing at all). */
export function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);
}

/**
 * Throws unless `bytes` are of the kind the command takes: a binary given to
 * a text command, or text (or nothing) given to a binary command, gets a
 * message that says what the input is and which command reads it.
 */
export function expectKind(bytes: Uint8Array, input: string, wanted: InputKind): void {
  const file = displayName(input);
  if (isBlank(bytes)) {
    if (wanted === "binary") throw new FileError(`${file} is empty; a WebAssembly binary starts with the bytes \\0asm`);
    return;
  }
  const kind = inputKind(bytes);
  if (kind === wanted) return;
  if (kind === "binary") throw new FileError(`${file} is a WebAssembly binary, not text; use \`watkit print\` to turn it into text`);
  throw new FileError(
    looksLikeText(bytes) ? `${file} is WebAssembly text, not a binary; use \`watkit parse\` to turn it into a binary` : notBinary(file),
  );
}

/**
 * For commands that take either kind: the input's kind. A `.wasm` file that
 * has no magic and does not look like text is refused as a broken binary,
 * rather than reported as a syntax error at its first byte.
 */
export function eitherKind(bytes: Uint8Array, input: string): InputKind {
  const kind = inputKind(bytes);
  if (kind === "text" && input.endsWith(".wasm") && !looksLikeText(bytes)) throw new FileError(notBinary(displayName(input)));
  return kind;
}

/** Text starts, after white space, with a parenthesis or a comment. */
function looksLikeText(bytes: Uint8Array): boolean {
  return /^\s*(\(|;;)/.test(new TextDecoder().decode(bytes.subarray(0, 64)));
}

function notBinary(file: string): string {
  return `${file} is not a WebAssembly binary (it does not start with the bytes \\0asm)`;
}
