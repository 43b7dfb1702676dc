/** Runs the built `watkit` command in a child process, as a user would. */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

export const CLI = resolve(process.cwd(), "dist/src/cli/main.js");

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
