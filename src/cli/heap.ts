/**
 * Room for large inputs. Node's default heap limit (about 4 GiB) is less
 * than the model of a several-hundred-megabyte text needs, so a command
 * whose input calls for more re-runs itself in a child process with a larger
 * limit (bounded by the machine's memory), passing the exit code through.
 */
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";

/** Set in the child so it never relaunches again. */
const RELAUNCHED = "WATKIT_HEAP_RELAUNCHED";
const MIB = 1024 * 1024;
/** Fixed part of the estimate: runtime, generated parser, buffers. */
const BASE = 512 * MIB;

/**
 * When the files' sizes times `bytesPerInputByte` exceed the heap limit,
 * runs the command again with enough heap and returns its exit code;
 * otherwise returns undefined and the caller goes on in this process.
 */
export function relaunchIfHeapTooSmall(files: string[], bytesPerInputByte: number, argv: string[]): number | undefined {
  if (process.env[RELAUNCHED]) return undefined;
  let input = 0;
  for (const file of files) {
    if (file === "-") continue;
    try {
      input += statSync(file).size;
    } catch {
      // The command reports a missing file itself, with its own message.
    }
  }
  const needed = BASE + input * bytesPerInputByte;
  if (needed <= getHeapStatistics().heap_size_limit) return undefined;
  const heapMiB = Math.floor(Math.min(needed, totalmem() * 0.8) / MIB);
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-old-space-size=${heapMiB}`, process.argv[1], ...argv], {
    stdio: "inherit",
    env: { ...process.env, [RELAUNCHED]: String(heapMiB) },
  });
  if (child.error) throw child.error;
  return child.status ?? 128 + 1;
}
