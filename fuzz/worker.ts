/** The worker thread a `Sandbox` runs inputs in: one `checkInput` per message. */
import { parentPort } from "node:worker_threads";
import { checkInput, type FuzzInput } from "./check-input.js";

parentPort?.on("message", (message: { id: number; input: FuzzInput }) => {
  parentPort?.postMessage({ id: message.id, report: checkInput(message.input) });
});
