/**
 * Expected output kept in a file beside its case. `BLESS=1` writes the file
 * from what the code gives now; otherwise a missing file fails the case, so
 * a new case cannot pass without an expected file someone has read.
 */
import { expect } from "@jest/globals";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

export const BLESS = process.env.BLESS === "1";

export function expectFile(path: string, actual: string): void {
  if (BLESS) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`no expected file ${path}: run with BLESS=1 and read what it writes`);
  expect(actual).toBe(readFileSync(path, "utf8"));
}
