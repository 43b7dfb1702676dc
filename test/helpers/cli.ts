/** Runs the built `watkit` command in a child process, as a user would. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** The command users run: package.json's `bin`, the bundle. */
export const CLI = resolve(process.cwd(), (JSON.parse(readFileSync("package.json", "utf8")) as { bin: { watkit: string } }).bin.watkit);

/** The command's unbundled entry, one module per file: for tests of which modules a run loads. */
export const MODULES_CLI = resolve(process.cwd(), "dist/src/cli/main.js");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function watkit(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input === undefined ? undefined : Buffer.from(options.input),
  });
  return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}
