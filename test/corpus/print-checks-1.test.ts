/** Part 1 of the print checks on compiler output (print-checks.ts says what they are and how the binaries are dealt). */
import { describe } from "@jest/globals";
import { describePrintChecks, SHARES } from "./print-checks.js";

describe(`compiler output printed, parsed back, formatted and read by wasm-tools (part 1 of ${SHARES})`, () => {
  describePrintChecks(1);
});
