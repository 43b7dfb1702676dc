/**
 * Input and output for CLI commands: `-` is stdin/stdout; a file that cannot
 * be read or written is a `FileError` naming the path the user gave; output
 * files are written to a temporary file renamed into place, so a failed or
 * killed run never leaves a half-written output nor the temporary file.
 */
import { isAscii } from "node:buffer";
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, fchmodSync, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, readSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { concatBytes } from "../bytes.js";
import { ChunkedText, type SourceText } from "../syntax/source-text.js";

/**
 * Input text is decoded in pieces of this many bytes: well under V8's
 * longest string, so text of any size can be read (as a `ChunkedText`).
 */
export const TEXT_CHUNK_BYTES = 1 << 28;

/**
 * A problem with a file as a whole (it cannot be read or written, or is not
 * the kind of input the command takes), as opposed to an error at a place in
 * it; the message names the path as the user gave it.
 */
export class FileError extends Error {}

/**
 * Text from stdin is read and decoded this many bytes at a time (a pipe's
 * buffer), into one buffer used again for each piece.
 */
const STDIN_PIECE_BYTES = 1 << 16;

/** Linux allows 40 symbolic links on one path; more is a loop. */
const MAX_SYMLINKS = 40;

const REASONS: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory",
  ENOTDIR: "a parent of it is not a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  ELOOP: "too many levels of symbolic links",
};

/** Why a file operation failed, in words, without Node's error code or syscall. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined && code in REASONS) return REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return /^[A-Z]+: ([^,]*)/.exec(message)?.[1] ?? message;
}

/** A failed write to standard output (`watkit lint > /dev/full`), in words. */
export function stdoutError(error: unknown): FileError {
  return new FileError(`cannot write standard output: ${reason(error)}`);
}

/** Whether `error` is a write that failed in Node itself (`process.stdout.write` to a full disk), not one of ours. */
export function isWriteFailure(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).syscall === "write";
}

export function readInput(path: string): Buffer {
  try {
    return readFileSync(path === "-" ? 0 : path);
  } catch (error) {
    throw readError(path, error);
  }
}

function readError(path: string, error: unknown): FileError {
  return new FileError(`cannot read '${path === "-" ? "<stdin>" : path}': ${reason(error)}`);
}

/** Reads UTF-8 text; throws `TypeError` on malformed UTF-8. */
export function readText(path: string, chunkBytes = TEXT_CHUNK_BYTES): SourceText {
  return readTextInput(path, () => undefined, chunkBytes);
}

/**
 * Reads UTF-8 text after `check` has seen its first bytes (all of them when
 * the input is shorter than a piece, STDIN_PIECE_BYTES), which it may
 * refuse by throwing; throws `TypeError` on malformed UTF-8. Stdin is
 * decoded piece by piece as it is read, because Node's own read of a pipe
 * keeps every piece and then their concatenation: the bytes twice beside
 * the text, and memory that C's allocator keeps once they are freed (a 46 MB
 * text piped to `parse` peaked at 5.7 times its size that way, 4 this way).
 */
export function readTextInput(path: string, check: (head: Uint8Array) => void, chunkBytes = TEXT_CHUNK_BYTES): SourceText {
  if (path !== "-") {
    const bytes = readInput(path);
    check(bytes);
    return decodeText(bytes, chunkBytes);
  }
  const decoder = new Utf8Decoder();
  const text = new DecodedText(chunkBytes);
  const piece = Buffer.allocUnsafe(STDIN_PIECE_BYTES);
  for (let first = true; ; first = false) {
    const length = fill(piece);
    const bytes = piece.subarray(0, length);
    if (first) check(bytes);
    // A full piece may be followed by more: a character it splits is carried over to the next.
    text.add(decoder.decode(bytes, length === piece.length), length);
    if (length < piece.length) return text.finish();
  }
}

/** Fills `buffer` from stdin; fewer bytes than it holds only at the end of the input. */
function fill(buffer: Buffer): number {
  let length = 0;
  while (length < buffer.length) {
    let read: number;
    try {
      read = readSync(0, buffer, length, buffer.length - length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EOF") break;
      if (code !== "EAGAIN") throw readError("-", error);
      // A non-blocking stdin with nothing in it yet: wait for the writer.
      pause();
      continue;
    }
    if (read === 0) break;
    length += read;
  }
  return length;
}

export function decodeText(bytes: Uint8Array, chunkBytes = TEXT_CHUNK_BYTES): SourceText {
  if (bytes.length <= chunkBytes) return new Utf8Decoder().decode(bytes, false);
  const decoder = new Utf8Decoder(true);
  const text = new DecodedText(chunkBytes);
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    text.add(decoder.decode(bytes.subarray(at, at + chunkBytes), at + chunkBytes < bytes.length), Math.min(chunkBytes, bytes.length - at));
  }
  return text.finish();
}

/**
 * UTF-8 decoded piece by piece as a streaming `TextDecoder` with `fatal`
 * decodes it (a leading byte order mark dropped, malformed input a
 * `TypeError`), but each piece decoded whole, with the end of a character
 * it splits carried over to the next: Node 20 decodes a whole piece on its
 * fast path and a streamed one on a slow path. The pieces of a text longer
 * than one string, when ASCII, become Latin-1 strings, which Node keeps
 * outside V8's heap, where the heap would grow by more than their size.
 * `watkit parse --jobs 1` of the 354 MB text of a 34 MB binary (2-core
 * Linux x86_64 VM, Node 20.20.2, 2026-12-07): streamed, 6.3 s to decode and
 * 2.0 GB peak RSS; whole, 2.0 s and 2.4 GB; Latin-1, 2.0 s and 1.5 GB. A
 * 46 MB text in one piece peaks at 162 MB decoded whole, 197 MB as Latin-1.
 */
class Utf8Decoder {
  readonly #decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  #carried: Uint8Array | undefined;
  #atStart = true;

  /** `outsideHeap` for the pieces of a text longer than one string. */
  constructor(private readonly outsideHeap = false) {}

  /** The text of `bytes` after what was carried over; `more` when another piece follows. */
  decode(bytes: Uint8Array, more: boolean): string {
    let piece = this.#carried === undefined ? bytes : concatBytes([this.#carried, bytes]);
    this.#carried = undefined;
    if (this.#atStart) {
      if (more && piece.length < BOM.length) {
        this.#carried = piece;
        return "";
      }
      this.#atStart = false;
      if (BOM.every((b, i) => piece[i] === b)) piece = piece.subarray(BOM.length);
    }
    const end = more ? wholeCharsEnd(piece) : piece.length;
    if (end < piece.length) this.#carried = piece.slice(end);
    const whole = piece.subarray(0, end);
    if (this.outsideHeap && isAscii(whole)) return Buffer.from(whole.buffer, whole.byteOffset, whole.length).toString("latin1");
    return this.#decoder.decode(whole);
  }
}

const BOM = [0xef, 0xbb, 0xbf];

/** Whether `bytes` open with UTF-8's byte order mark, which decoding drops: a command that writes the text back puts it back. */
export function hasByteOrderMark(bytes: Uint8Array): boolean {
  return BOM.every((b, i) => bytes[i] === b);
}

/** Where the characters of `bytes` that are complete end: before a last one whose continuation bytes are still to come. */
function wholeCharsEnd(bytes: Uint8Array): number {
  let lead = bytes.length - 1;
  while (lead >= 0 && lead > bytes.length - 4 && (bytes[lead] & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes.length;
  const b = bytes[lead];
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return lead + length > bytes.length ? lead : bytes.length;
}

/**
 * Text decoded one piece after another, joined into strings of at most
 * `chunkBytes` bytes of input each (so of at most as many characters): one
 * string, or a `ChunkedText` of several.
 */
class DecodedText {
  readonly #chunks: string[] = [];
  #pieces: string[] = [];
  #bytes = 0;

  constructor(private readonly chunkBytes: number) {}

  add(piece: string, bytes: number): void {
    if (this.#bytes + bytes > this.chunkBytes) this.#close();
    this.#pieces.push(piece);
    this.#bytes += bytes;
  }

  finish(): SourceText {
    this.#close();
    return this.#chunks.length === 1 ? this.#chunks[0] : new ChunkedText(this.#chunks);
  }

  #close(): void {
    if (this.#pieces.length === 0) return;
    this.#chunks.push(this.#pieces.length === 1 ? this.#pieces[0] : this.#pieces.join(""));
    this.#pieces = [];
    this.#bytes = 0;
  }
}

/**
 * Refuses an output file that is one of the inputs (the same file, through
 * any link): a conversion or a link written there would replace what the
 * user gave with something else, a text with its binary. Editing a module
 * in place (`rewrite`, `fmt --write`) does not come here.
 */
export function refuseInputAsOutput(inputs: readonly string[], output: string): void {
  if (output === "-") return;
  const out = statQuietly(output);
  if (out === undefined || !out.isFile()) return;
  for (const input of inputs) {
    // Standard input redirected from the output file is that file too.
    const given = input === "-" ? statQuietly(0) : statQuietly(input);
    if (given !== undefined && given.dev === out.dev && given.ino === out.ino) {
      const which = input === output ? "the input" : input === "-" ? "the file standard input reads" : `the input '${input}'`;
      throw new FileError(`cannot write '${output}': it is ${which}, which the output would replace`);
    }
  }
}

function statQuietly(file: string | number): Stats | undefined {
  try {
    return typeof file === "number" ? fstatSync(file) : statSync(file);
  } catch {
    return undefined;
  }
}

/** Writes one piece of output (see `writeStreamed`). */
export function writeOutput(path: string, data: Uint8Array): void {
  writeStreamed(path, (write) => write(data));
}

/**
 * Writes output produced in chunks (possibly more text than one string can
 * hold). `-` writes to stdout as it comes. A regular file is written to a
 * temporary file beside it, given the file's mode, and renamed into place
 * once `produce` returns; a symbolic link is followed, so its target is
 * replaced and the link kept. A read-only file is refused. Other files
 * (`/dev/null`, a pipe) are written in place. Each chunk is written before
 * `write` returns, so a producer may lend it a buffer it then reuses.
 * `produce` is told whether what it writes is dropped when it throws (the
 * temporary file), so that it may write before it knows it will succeed.
 */
export function writeStreamed(path: string, produce: (write: (chunk: Uint8Array) => void, droppedOnError: boolean) => void): void {
  if (path === "-") {
    produce((chunk) => writeAll(1, chunk), false);
    return;
  }
  const target = followLinks(path);
  const existing = statOrUndefined(target, path);
  if (existing?.isDirectory()) throw new FileError(`cannot write '${path}': is a directory`);
  if (existing !== undefined && (existing.mode & 0o222) === 0) throw new FileError(`cannot write '${path}': the file is read-only`);
  if (existing !== undefined && !existing.isFile()) {
    writeInPlace(path, target, produce);
    return;
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  // Started first, so that no moment passes with the temporary file there and no one to remove it.
  const watchdog = removeWhenKilled(temp);
  let fd: number;
  try {
    fd = openSync(temp, "w");
  } catch (error) {
    watchdog?.kill();
    throw new FileError(`cannot write '${path}': ${reason(error)}`);
  }
  try {
    if (existing !== undefined) fchmodSync(fd, existing.mode & 0o7777);
    produce((chunk) => writeAll(fd, chunk, path), true);
    closeSync(fd);
    renameSync(temp, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed when the rename failed.
    }
    rmSync(temp, { force: true });
    throw isSystemError(error) ? new FileError(`cannot write '${path}': ${reason(error)}`) : error;
  } finally {
    watchdog?.kill();
  }
}

function isSystemError(error: unknown): boolean {
  return /^E[A-Z]+$/.test(String((error as NodeJS.ErrnoException).code));
}

/** The file a path finally names, through any chain of symbolic links (the last one may dangle). */
function followLinks(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < MAX_SYMLINKS; hops++) {
    let stats: Stats;
    try {
      stats = lstatSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return current;
      throw new FileError(`cannot write '${path}': ${reason(error)}`);
    }
    if (!stats.isSymbolicLink()) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new FileError(`cannot write '${path}': ${REASONS.ELOOP}`);
}

function statOrUndefined(target: string, path: string): Stats | undefined {
  try {
    return statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new FileError(`cannot write '${path}': ${reason(error)}`);
  }
}

function writeInPlace(path: string, target: string, produce: (write: (chunk: Uint8Array) => void, droppedOnError: boolean) => void): void {
  let fd: number;
  try {
    fd = openSync(target, "w");
  } catch (error) {
    throw new FileError(`cannot write '${path}': ${reason(error)}`);
  }
  try {
    produce((chunk) => writeAll(fd, chunk, path), false);
  } finally {
    closeSync(fd);
  }
}

/**
 * A detached helper process that deletes `temp` once this process is gone
 * without having killed the helper. Signal handlers cannot do this job: the
 * output is produced synchronously, so a handler would run only after the
 * whole output is written, and SIGKILL runs no handler at all. Where there
 * is a POSIX shell the helper is one (it starts in a millisecond, where a
 * Node process takes tens of them from the command it runs beside) and
 * notices the death by polling for the process; elsewhere it is Node, and
 * notices it by being re-parented.
 */
function removeWhenKilled(temp: string): ChildProcess | undefined {
  const [command, args] = process.platform === "win32" ? [process.execPath, ["-e", NODE_WATCHDOG]] : ["/bin/sh", ["-c", SHELL_WATCHDOG, "watchdog"]];
  try {
    const child = spawn(command, [...args, String(process.pid), temp], { detached: true, stdio: "ignore" });
    // A failure to start the helper only loses the clean-up after a kill; the write itself goes on.
    child.on("error", () => undefined);
    child.unref();
    return child;
  } catch {
    return undefined;
  }
}

const SHELL_WATCHDOG = 'while kill -0 "$1" 2>/dev/null; do sleep 0.2; done; rm -f "$2"';

const NODE_WATCHDOG =
  "const [, parent, file] = process.argv;" +
  "setInterval(() => { if (process.ppid !== Number(parent)) { require('fs').rmSync(file, { force: true }); process.exit(0); } }, 50);";

/**
 * A pipe on stdout may be non-blocking: wait for room instead of failing
 * with EAGAIN. A reader that went away (`watkit print x.wasm | head`) ends
 * the command quietly, as it ends `cat`.
 */
function writeAll(fd: number, chunk: Uint8Array, path?: string): void {
  let data = chunk;
  while (data.length > 0) {
    try {
      data = data.subarray(writeSync(fd, data));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE" && fd === 1) process.exit(0);
      if (code !== "EAGAIN") throw path === undefined ? stdoutError(error) : new FileError(`cannot write '${path}': ${reason(error)}`);
      pause();
    }
  }
}

/** Sleeps a few milliseconds: the synchronous reads and writes wait so for a non-blocking pipe. */
function pause(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
}
