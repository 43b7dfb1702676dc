/**
 * A worker thread of `wat2wasm`'s split conversion (`parallel.ts`): given a
 * skeleton (`bodySkeleton`), it converts the batches of bodies it is sent, one reply each.
 */
import { BodyConverter, type BodyBatch, type ConvertedBatch } from "./body-converter.js";
import { serveTasks } from "./worker-pool.js";
import type { FeatureSpec } from "../module/feature-check.js";

/** A message to a worker: a new skeleton (for the conversion `call`), or a batch of its bodies. */
export type WorkerTask = { kind: "skeleton"; call: number; skeleton: string; names: boolean; features?: FeatureSpec } | { kind: "bodies"; call: number; batch: number; bodies: BodyBatch };

/** A batch's entries, or undefined when it was refused. */
export interface WorkerReply {
  call: number;
  batch: number;
  converted: ConvertedBatch | undefined;
}

let call = -1;
let converter: BodyConverter | undefined;

serveTasks<WorkerTask, WorkerReply>((task, epoch) => {
  if (task.kind === "skeleton") {
    call = task.call;
    converter = undefined;
    try {
      if (task.call === epoch()) converter = new BodyConverter(task.skeleton, task.names, task.features, { forBodies: true });
    } catch {
      // Every batch of this call is then refused: the caller reports the error from the whole text.
    }
    return undefined;
  }
  let converted: ConvertedBatch | undefined;
  try {
    // A batch of a call that is over (the caller converted it itself) is not worth converting.
    converted = task.call === call && task.call === epoch() ? converter?.convert(task.bodies) : undefined;
  } catch {
    converted = undefined;
  }
  return { reply: { call: task.call, batch: task.batch, converted }, transfer: converted === undefined ? [] : [converted.bytes.buffer as ArrayBuffer] };
});
