/**
 * A conversion worker (as `src/wat2wasm/worker.ts`) that answers the first
 * batch it is given and then blocks for good: alive, silent, and not
 * exiting, as a thread stopped by the system or stuck would be.
 */
import { BodyConverter } from "../../src/wat2wasm/body-converter.js";
import type { WorkerReply, WorkerTask } from "../../src/wat2wasm/worker.js";
import { serveTasks } from "../../src/wat2wasm/worker-pool.js";

let converter: BodyConverter | undefined;
let answered = false;

serveTasks<WorkerTask, WorkerReply>((task) => {
  if (task.kind === "skeleton") {
    converter = new BodyConverter(task.skeleton, task.names, task.features);
    return undefined;
  }
  if (answered) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  answered = true;
  return { reply: { call: task.call, batch: task.batch, converted: converter!.convert(task.bodies) } };
});
