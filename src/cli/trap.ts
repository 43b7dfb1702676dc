/**
 * A trap of a running module, for the terminal: the engine's message and
 * the WebAssembly frames of its stack, each as the function (name or index)
 * and the byte offset in the module that V8 gives (`wasm-function[N]:0xOFF`).
 */

/** `name (wasm://wasm/HASH:wasm-function[N]:0xOFF)` or, for a function without a name, the bare location. */
const FRAME = /^\s*at (?:(.*?) \()?wasm:\/\/wasm\/[^:]*:wasm-function\[(\d+)\]:(0x[0-9a-f]+)\)?$/;

/** The trap's description with its WebAssembly frames, or undefined when `error` is not a trap. */
export function describeTrap(error: unknown): string | undefined {
  const isTrap = error instanceof WebAssembly.RuntimeError || (error instanceof RangeError && /call stack/.test(error.message));
  if (!isTrap) return undefined;
  const frames: string[] = [];
  for (const line of (error.stack ?? "").split("\n")) {
    const match = FRAME.exec(line);
    if (match === null) continue;
    const [, name, index, offset] = match;
    frames.push(`  at ${name !== undefined ? `func $${name} (function ${index})` : `function ${index}`}, byte offset ${offset}`);
  }
  return [error.message, ...frames].join("\n");
}
