/** The test sequencer (sequencer.ts): package.json names it, and its table of long files names files that exist. */
import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EXPECTED_SECONDS } from "./sequencer.js";

describe("the test sequencer", () => {
  it("is the one package.json configures", () => {
    const config = JSON.parse(readFileSync("package.json", "utf8")) as { jest: { testSequencer: string } };
    expect(config.jest.testSequencer).toBe("<rootDir>/dist/test/sequencer.js");
  });

  it("lists only test files that exist (a renamed one would start last, unnoticed)", () => {
    expect(Object.keys(EXPECTED_SECONDS).filter((file) => !existsSync(join("dist", "test", file)))).toEqual([]);
  });
});
