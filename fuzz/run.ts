/**
 * `npm run fuzz [-- --seed N --count N --time S --timeout MS --max-seed N --only N]`:
 * a fuzz run from the spec testsuite's and the corpus's modules; prints the
 * counts and every distinct finding with a minimized reproducer, and exits
 * 1 when there is one.
 */
import { parseArgs } from "node:util";
import { runCampaign, summary } from "./campaign.js";
import { loadSeeds } from "./seeds.js";

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} takes a whole number, not "${value}"`);
  return Number(value);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seed: { type: "string" },
      count: { type: "string" },
      time: { type: "string" },
      timeout: { type: "string" },
      "max-seed": { type: "string" },
      only: { type: "string" },
      "no-minimize": { type: "boolean" },
    },
    strict: true,
  });
  const seconds = integer("time", values.time);
  const count = integer("count", values.count);
  const seeds = loadSeeds({ maxSize: integer("max-seed", values["max-seed"]) });
  process.stdout.write(`seeds: ${seeds.binaries.length} binaries, ${seeds.texts.length} texts\n`);
  const result = await runCampaign(seeds, {
    seed: integer("seed", values.seed) ?? 1,
    count: count ?? (seconds === undefined ? 5000 : undefined),
    seconds,
    timeoutMs: integer("timeout", values.timeout),
    only: integer("only", values.only),
    minimize: values["no-minimize"] !== true,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${summary(result).join("\n")}\n`);
  return result.findings.length === 0 && result.exact === result.roundTrips ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
