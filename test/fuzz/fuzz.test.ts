/**
 * A bounded, deterministic fuzz run (`npm run fuzz` runs longer ones):
 * mutated spec testsuite and corpus modules, binary and text, through every
 * entry point meet only the documented error classes, and every round trip
 * of what is accepted is exact. A failure lists each distinct finding with
 * its minimized reproducer (`binary HEX` or `text "..."`).
 */
import { describe, expect, it } from "@jest/globals";
import { runCampaign, summary } from "../../fuzz/campaign.js";
import { loadSeeds } from "../../fuzz/seeds.js";

const INPUTS = 2000;

describe("fuzzing", () => {
  it(`${INPUTS} mutated modules meet only documented errors, and round-trip exactly`, async () => {
    const result = await runCampaign(loadSeeds(), { seed: 17, count: INPUTS, timeoutMs: 20_000 });
    const findings = result.findings.map((g) => `${g.signature}\n    input ${g.index} (${g.origin})\n    reproducer: ${g.reproducer}`);
    expect(findings).toEqual([]);
    expect(result.inputs).toBe(INPUTS);
    expect(result.exact).toBe(result.roundTrips);
    // Both kinds of input, and some of each outcome, or the run checked less than it claims.
    expect([result.binaries > INPUTS / 3, result.texts > INPUTS / 3, result.refused > 0, result.valid > 0]).toEqual([true, true, true, true]);
    process.stdout.write(`${summary(result).join("\n")}\n`);
  });
});
