/**
 * Input and output for CLI commands: `-` is stdin/stdout, and files are
 * written to a temporary name and renamed into place, so a failed run never
 * leaves a half-written output.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ChunkedText, type SourceText } from "../syntax/source-text.js";

/**
 * Input text is decoded in pieces of this many bytes: well under V8's
 * longest string, so text of any size can be read (as a `ChunkedText`).
 */
export const TEXT_CHUNK_BYTES = 1 << 28;

export function readInput(path: string): Buffer {
  return readFileSync(path === "-" ? 0 : path);
}

/** Reads UTF-8 text; throws `TypeError` on malformed UTF-8. */
export function readText(path: string, chunkBytes = TEXT_CHUNK_BYTES): SourceText {
  return decodeText(readInput(path), chunkBytes);
}

export function decodeText(bytes: Uint8Array, chunkBytes = TEXT_CHUNK_BYTES): SourceText {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  if (bytes.length <= chunkBytes) return decoder.decode(bytes);
  const chunks: string[] = [];
  // Streaming decode carries a character split across two pieces over to the next.
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    chunks.push(decoder.decode(bytes.subarray(at, at + chunkBytes), { stream: at + chunkBytes < bytes.length }));
  }
  return new ChunkedText(chunks);
}

/** Writes one piece of output (see `writeStreamed`). */
export function writeOutput(path: string, data: Uint8Array): void {
  writeStreamed(path, (write) => write(data));
}

/**
 * Writes output produced in chunks (possibly more text than one string can
 * hold) to a file, through a temporary file renamed into place once `produce`
 * returns; a throw leaves nothing behind. `-` writes to stdout as it comes.
 */
export function writeStreamed(path: string, produce: (write: (chunk: Uint8Array) => void) => void): void {
  if (path === "-") {
    produce((chunk) => writeAll(1, chunk));
    return;
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(temp, "w");
  try {
    produce((chunk) => writeAll(fd, chunk));
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed when the rename failed.
    }
    rmSync(temp, { force: true });
    throw error;
  }
}

/** A pipe on stdout may be non-blocking: wait for room instead of failing with EAGAIN. */
function writeAll(fd: number, chunk: Uint8Array): void {
  let data = chunk;
  while (data.length > 0) {
    try {
      data = data.subarray(writeSync(fd, data));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
}
