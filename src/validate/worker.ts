/**
 * A worker thread of `validate` on several threads (`split.ts`): given a
 * binary, it decodes all but the bodies, then checks the runs of bodies it
 * is sent, one reply each.
 */
import { serveBatches } from "../wat2wasm/batch-run.js";
import { BodyRuns, type SplitStart } from "./split.js";

serveBatches<SplitStart, BodyRuns, true>(
  ({ bytes, features }) => new BodyRuns(bytes, features, { bodiesOnly: true }),
  (runs, range) => (runs.check(range) ? { result: true } : undefined),
);
