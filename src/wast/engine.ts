/** The host engine's WebAssembly JS API, for the bytes watkit's encoder makes. */

/** watkit's byte arrays always own a plain ArrayBuffer. */
function source(bytes: Uint8Array): BufferSource {
  return bytes as Uint8Array<ArrayBuffer>;
}

export function compile(bytes: Uint8Array): WebAssembly.Module {
  return new WebAssembly.Module(source(bytes));
}

export function engineValidates(bytes: Uint8Array): boolean {
  return WebAssembly.validate(source(bytes));
}
