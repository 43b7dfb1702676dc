// What a benchmark worker reports, shared by worker.ts (which writes it) and
// run.ts (which reads it from the worker's standard output).

import type { WorkloadId } from "./inputs.js";
import type { ToolName } from "./tools.js";

export const RESULT_MARKER = "BENCH_RESULT ";

export interface WorkerResult {
  tool: ToolName;
  workload: WorkloadId;
  status: "ok" | "failed";
  /** Why the tool failed on the workload (for (c): on every module). */
  error?: string;
  toolVersion?: string;
  /** Importing and initialising the tool, not charged to the workload. */
  initMs?: number;
  warmupMs?: number;
  /**
   * Bytes of input converted per pass: UTF-8 bytes of text for wat2wasm (for
   * (c): of the modules the tool converted), bytes of binary for wasm2wat.
   */
  inputBytes: number;
  /** For (c): modules converted per pass, and the modules the tool failed on. */
  modules?: number;
  failures?: number;
  failureExamples?: string[];
  iterations: number;
  /** Wall-clock time of each timed pass, and the CPU time (all threads) of each. */
  iterationMs: number[];
  cpuMs?: number[];
  medianMs?: number;
  bestMs?: number;
  /**
   * Text throughput on the fastest pass: the headline figure, least disturbed
   * by other load on a shared machine. Also on the median pass, and per CPU
   * second of the process on its least costly pass.
   */
  mbPerSec?: number;
  mbPerSecMedian?: number;
  mbPerCpuSec?: number;
  /** For (c): mean time per module on the fastest pass. */
  usPerModule?: number;
  /** Size of the binary produced (for (c): summed over modules); for wasm2wat, UTF-8 bytes of the text. */
  outputBytes?: number;
  /** For (a)/(b): whether V8 accepts the binary (checked after timing and after reading peak RSS). */
  outputValid?: boolean;
  /** For (g): whether the tool found the binary valid. */
  validated?: boolean;
  /** For (g), watkit: one pass of decoding and one of checking the decoded Module, timed apart. */
  phasesMs?: { decodeMs: number; checkMs: number };
  /** RSS after loading the tool and the input, before the first pass. */
  baselineRssMB?: number;
  /** Peak RSS of this process over its whole life. */
  peakRssMB: number;
  /** Peak RSS divided by the workload's input size. */
  rssPerInputByte?: number;
}

/**
 * A one-line description of a thrown value: tools throw Error objects, plain
 * objects with a `message` (binaryen.js), or strings.
 */
export function describeError(error: unknown, maxLength = 500): string {
  let message: string;
  if (error instanceof Error) message = error.message;
  else if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") {
    message = (error as { message: string }).message;
  } else message = String(error);
  const lines = message.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  return lines.slice(0, 3).join(" | ").slice(0, maxLength);
}
