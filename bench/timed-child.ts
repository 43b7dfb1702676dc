// What the lint and format benchmarks share: the flat WAT they read (a
// binary printed with watkit's wasm2wat, whole or cut after the module
// field that reaches a size, and closed), the timing loop, and the
// child process each measurement runs in (so that its first pass is cold
// and its peak RSS its own), which reports one JSON line after a marker.

import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./inputs.js";

/** Prints `binary` (relative to the project root) flat until the text reaches `bytes` (Infinity: all of it), then cuts after that module field and closes the module. */
export async function writeFlatText(binary: string, bytes: number, path: string): Promise<void> {
  const { wasm2watStream } = await import("../src/wasm2wat.js");
  const chunks: string[] = [];
  let size = 0;
  const enough = new Error("enough text");
  try {
    wasm2watStream(readFileSync(join(projectRoot(), binary)), { folded: false }, (chunk) => {
      chunks.push(Buffer.from(chunk).toString("utf8"));
      size += chunk.length;
      if (size > bytes + 256 * 1024) throw enough;
    });
  } catch (error) {
    if (error !== enough) throw error;
  }
  const text = chunks.join("");
  const cut = text.indexOf("\n  (", bytes);
  writeFileSync(path, cut === -1 ? text : `${text.slice(0, cut)}\n)\n`);
}

export function seconds(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** Each of `runs` timed `passes` times, taking turns so that load on the machine falls on all of them alike. */
export function timePasses<K extends string>(runs: Record<K, () => unknown>, passes: number): Record<K, number[]> {
  const times = Object.fromEntries(Object.keys(runs).map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let k = 0; k < passes; k++) for (const key of Object.keys(runs) as K[]) times[key].push(seconds(runs[key]));
  return times;
}

/** In the child: the result, on a line of its own after the marker. */
export function reportToParent(marker: string, result: unknown): void {
  process.stdout.write(marker + JSON.stringify(result) + "\n");
}

/** Runs `script` with `args` in a child Node process and reads its result, or says why there is none. */
export function inChild<T>(script: string, args: readonly string[], marker: string): { result: T } | { failure: string } {
  const child = spawnSync(process.execPath, ["--max-old-space-size=8192", script, ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  const line = child.stdout.split("\n").find((l) => l.startsWith(marker));
  if (child.status !== 0 || line === undefined) return { failure: `failed (${child.signal ?? `exit ${child.status}`}) ${child.stderr.split("\n")[0]}` };
  return { result: JSON.parse(line.slice(marker.length)) as T };
}

/** The wall-clock seconds of a whole process (start-up, reading, work, output), the median of `runs`; undefined when it exits with a status not in `ok`. */
export function processSeconds(args: readonly string[], runs: number, ok: readonly number[] = [0]): number | undefined {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "ignore"] });
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (child.status === null || !ok.includes(child.status)) return undefined;
  }
  return median(times);
}
