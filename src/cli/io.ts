/**
 * Input and output for CLI commands: `-` is stdin/stdout, and files are
 * written to a temporary name and renamed into place, so a failed run never
 * leaves a half-written output.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function readInput(path: string): Buffer {
  return readFileSync(path === "-" ? 0 : path);
}

export function writeOutput(path: string, data: Uint8Array | string): void {
  if (path === "-") {
    process.stdout.write(data);
    return;
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
