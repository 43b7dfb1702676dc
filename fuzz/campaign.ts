/**
 * A fuzz run: inputs made from the seeds by the mutators, each a pure
 * function of (seed, input number), checked in a sandbox; findings grouped
 * by signature, each with its first input minimized to a reproducer.
 */
import { type CheckReport, type Finding, type FuzzInput, signature } from "./check-input.js";
import { describeInput, minimize } from "./minimize.js";
import { mutateBinary } from "./mutate-binary.js";
import { mutateText } from "./mutate-text.js";
import { Prng } from "./prng.js";
import { Sandbox } from "./sandbox.js";
import type { Seeds } from "./seeds.js";

export interface CampaignOptions {
  seed: number;
  /** Stop after this many inputs. */
  count?: number;
  /** Stop after this many seconds. */
  seconds?: number;
  /** Time limit per input, in milliseconds (default 10 000). */
  timeoutMs?: number;
  /** Run only this input number (to reproduce one). */
  only?: number;
  /** Shrink each distinct finding's first input (default true). */
  minimize?: boolean;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface FindingGroup {
  signature: string;
  finding: Finding;
  count: number;
  /** The input number of its first occurrence and how it was made. */
  index: number;
  origin: string;
  /** The first input, minimized, as one line. */
  reproducer: string;
}

export interface CampaignResult {
  seed: number;
  inputs: number;
  binaries: number;
  texts: number;
  /** Inputs some stage refused with a documented error, by error class. */
  refused: number;
  refusedBy: Record<string, number>;
  /** Inputs no stage refused. */
  accepted: number;
  valid: number;
  roundTrips: number;
  exact: number;
  findings: FindingGroup[];
  seconds: number;
}

/** Input number `index` of a run with `seed`. */
export function makeInput(seeds: Seeds, seed: number, index: number): { input: FuzzInput; origin: string } {
  const rng = Prng.forInput(seed, index);
  if (seeds.texts.length === 0 || (seeds.binaries.length > 0 && rng.chance(0.5))) {
    const k = rng.int(seeds.binaries.length);
    const { bytes, steps } = mutateBinary(seeds.binaries[k], rng, rng.pick(seeds.binaries));
    return { input: { kind: "binary", bytes }, origin: `binary seed ${k}: ${steps.join(", ")}` };
  }
  const k = rng.int(seeds.texts.length);
  const { text, steps } = mutateText(seeds.texts[k], rng, rng.pick(seeds.texts));
  return { input: { kind: "text", text }, origin: `text seed ${k}: ${steps.join(", ")}` };
}

export async function runCampaign(seeds: Seeds, options: CampaignOptions): Promise<CampaignResult> {
  const started = Date.now();
  const sandbox = new Sandbox(options.timeoutMs ?? 10_000);
  const result: CampaignResult = {
    seed: options.seed,
    inputs: 0,
    binaries: 0,
    texts: 0,
    refused: 0,
    refusedBy: {},
    accepted: 0,
    valid: 0,
    roundTrips: 0,
    exact: 0,
    findings: [],
    seconds: 0,
  };
  const groups = new Map<string, FindingGroup>();
  const deadline = options.seconds === undefined ? Infinity : started + options.seconds * 1000;
  const count = options.only !== undefined ? 1 : (options.count ?? (options.seconds === undefined ? 1000 : Infinity));
  try {
    for (let n = 0; n < count && Date.now() < deadline; n++) {
      const index = options.only ?? n;
      const { input, origin } = makeInput(seeds, options.seed, index);
      const report = await sandbox.check(input);
      tally(result, input, report);
      for (const finding of report.findings) {
        const sig = signature(finding);
        const group = groups.get(sig);
        if (group !== undefined) {
          group.count++;
          continue;
        }
        const reproducer = options.minimize === false || finding.stage === "worker" ? input : await minimize(input, async (candidate) => (await sandbox.check(candidate)).findings.some((f) => signature(f) === sig));
        const made: FindingGroup = { signature: sig, finding, count: 1, index, origin, reproducer: describeInput(reproducer) };
        groups.set(sig, made);
        options.log?.(`FINDING at input ${index}: ${sig}\n  ${made.reproducer.slice(0, 2000)}`);
      }
      if (options.log !== undefined && result.inputs % 1000 === 0) options.log(`${result.inputs} inputs, ${groups.size} distinct findings, ${Math.round((Date.now() - started) / 1000)} s`);
    }
  } finally {
    sandbox.close();
  }
  result.findings.push(...groups.values());
  result.seconds = (Date.now() - started) / 1000;
  return result;
}

function tally(result: CampaignResult, input: FuzzInput, report: CheckReport): void {
  result.inputs++;
  if (input.kind === "binary") result.binaries++;
  else result.texts++;
  if (report.refused.length > 0) {
    result.refused++;
    const classes = new Set(report.refused.map((r) => /^[^:]*: (\w+)/.exec(r)?.[1] ?? "?"));
    for (const c of classes) result.refusedBy[c] = (result.refusedBy[c] ?? 0) + 1;
  } else if (report.findings.length === 0) {
    result.accepted++;
  }
  if (report.valid) result.valid++;
  result.roundTrips += report.roundTrips;
  result.exact += report.exact;
}

/** The counts as the lines `npm run fuzz` prints. */
export function summary(result: CampaignResult): string[] {
  const by = Object.entries(result.refusedBy)
    .sort()
    .map(([name, n]) => `${name} ${n}`)
    .join(", ");
  const group = (g: FindingGroup): string[] => [
    `  ${g.signature} (${g.count}×, first at input ${g.index})`,
    `    made by ${g.origin}`,
    `    reproducer: ${g.reproducer.slice(0, 2000)}`,
    ...(g.finding.where !== undefined ? [`    where: ${g.finding.where}`] : []),
  ];
  return [
    `fuzz seed ${result.seed}: ${result.inputs} inputs (${result.binaries} binary, ${result.texts} text) in ${result.seconds.toFixed(1)} s`,
    `  documented errors: ${result.refused} inputs refused${by !== "" ? ` (${by})` : ""}`,
    `  accepted by every stage: ${result.accepted} (valid: ${result.valid})`,
    `  round trips: ${result.roundTrips} checked, ${result.exact} exact`,
    `  findings: ${result.findings.reduce((n, g) => n + g.count, 0)} (${result.findings.length} distinct)`,
    ...result.findings.flatMap(group),
  ];
}
