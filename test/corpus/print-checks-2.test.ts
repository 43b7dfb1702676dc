/** Part 2 of the print checks on compiler output (print-checks.ts says what they are and how the binaries are dealt). */
import { describe } from "@jest/globals";
import { describePrintChecks, SHARES } from "./print-checks.js";

describe(`compiler output printed, parsed back, formatted and read by wasm-tools (part 2 of ${SHARES})`, () => {
  describePrintChecks(2);
});
