/**
 * `watkit/wast`: `.wast` spec scripts run on the host engine (modules
 * encoded by watkit, executed by V8), with their outcomes counted.
 *
 * @module watkit/wast
 */
export { runScript, type Validation, type WastOptions } from "../wast/run-script.js";
export { countOutcomes, type CommandOutcome, type Counts, type Outcome, type ScriptReport } from "../wast/outcome.js";
