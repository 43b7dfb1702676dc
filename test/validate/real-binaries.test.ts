/**
 * Compiler output is valid: every corpus binary and every large npm binary
 * (C, C++, Go, Rust, AssemblyScript; up to DuckDB's 34 MB) validates with
 * no diagnostics, from its bytes.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { validate } from "../../src/validate/validate.js";
import { allBinaries, shown } from "../helpers/real-binaries.js";

describe("real binaries are valid", () => {
  for (const binary of allBinaries()) {
    it(`${binary.name} (${binary.language}, ${binary.producer})`, () => {
      const result = validate(readFileSync(binary.path));
      expect([shown(binary.path), result.errors.slice(0, 5)]).toEqual([shown(binary.path), []]);
    });
  }
});
