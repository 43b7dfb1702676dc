/** What a text error says and where: its class, message, line and column. */
import { WatError } from "../../src/syntax/errors.js";

export interface WatErrorSummary {
  name: string;
  message: string;
  line: number;
  column: number;
}

/** The `WatError` that `run` throws, summarised for comparison; a test fails if it throws none. */
export function errorOf(run: () => unknown): WatErrorSummary {
  try {
    run();
  } catch (error) {
    if (!(error instanceof WatError)) throw error;
    return { name: error.name, message: error.message, line: error.line, column: error.column };
  }
  throw new Error("expected an error");
}
