/**
 * Formats `workerData.text` in a thread of its own, whose stack the test
 * sizes, and posts what came of it: `ok`, or the error's message.
 */
import { parentPort, workerData } from "node:worker_threads";
import { format, type FormatOptions } from "../../src/print/format/format.js";

const { text, options } = workerData as { text: string; options: FormatOptions };
try {
  format(text, options);
  parentPort!.postMessage("ok");
} catch (error) {
  parentPort!.postMessage(error instanceof Error ? error.message : String(error));
}
