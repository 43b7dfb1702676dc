/**
 * The whole spec testsuite (core, custom/, legacy/ and the proposals of
 * `PROPOSAL_FOLDERS`) through `watkit wast`, spawned with the test engine (a
 * Node with all of WebAssembly 3.0, see `helpers/engine.ts`) in parallel
 * batches. Its closing line is the last line `npm test` prints
 * (`print-summary.ts`), after one line per proposal.
 *
 * Nothing fails: the assertions of `SUPERSEDED` (spec-suite.ts), which the
 * core suite contradicts, count as superseded, anything else that fails as
 * failed. On an engine with all of 3.0 nothing is
 * skipped for a missing feature of 3.0 (only for proposals beyond it that the
 * engine has not shipped); every skip and failure is listed with
 * file:line in the output. The suite also runs on the Node that runs the
 * tests (Node 20: no GC, exnref, memory64, ...), where the same holds and
 * every skip names features that engine really lacks.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { engineNode } from "../helpers/engine.js";
import type { Feature } from "../../src/isa/instructions.js";
import { ALL_FEATURES, engineFeatures } from "../../src/wast/features.js";
import { PROPOSAL_FOLDERS, SPEC_ROOT, SUPERSEDED, specFileNames } from "../helpers/spec-suite.js";
import { countsText, recordWastSummary, type SpecCounts } from "../helpers/spec-summary.js";
import { CLI } from "../helpers/cli.js";

const BATCHES = 2;

/** Features of proposals beyond WebAssembly 3.0 that the test engine may lack: their scripts are then only checked, not run. */
const BEYOND_3_0: readonly Feature[] = ["wide-arithmetic", "custom-page-sizes", "stack-switching", "compact-imports", "custom-descriptors", "shared-everything-threads"];

type Counts = Required<SpecCounts>;

interface Listed {
  /** `file:line`. */
  at: string;
  text: string;
}

interface SuiteRun {
  perFile: Map<string, Counts>;
  failures: Listed[];
  /** Failed assertions that `SUPERSEDED` lists: counted apart from the failures. */
  superseded: Listed[];
  skips: Listed[];
  problems: string[];
}

/** Splits the files into batches of about equal size. */
function batches(files: string[]): string[][] {
  const out = Array.from({ length: BATCHES }, () => ({ size: 0, files: [] as string[] }));
  const sized = files.map((f) => ({ f, size: statSync(join(SPEC_ROOT, f)).size })).sort((a, b) => b.size - a.size);
  for (const { f, size } of sized) {
    const smallest = out.reduce((a, b) => (a.size <= b.size ? a : b));
    smallest.size += size;
    smallest.files.push(f);
  }
  return out.map((b) => b.files);
}

function runBatch(node: string, files: string[]): Promise<{ stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(node, [CLI, "wast", "--verbose", ...files], { cwd: SPEC_ROOT, maxBuffer: 1 << 28 }, (_error, stdout, stderr) => {
      done({ stdout, stderr });
    });
  });
}

/** Runs every script with `node`, in parallel batches, and reads what `watkit wast --verbose` printed. */
async function runSuite(node: string, files: string[]): Promise<SuiteRun> {
  const run: SuiteRun = { perFile: new Map(), failures: [], superseded: [], skips: [], problems: [] };
  for (const { stdout, stderr } of await Promise.all(batches(files).map((b) => runBatch(node, b)))) {
    if (stderr !== "") run.problems.push(stderr);
    for (const line of stdout.split("\n")) {
      const listed = /^(.+?):(\d+):\d+: (failed|skipped): (.*)$/.exec(line);
      if (listed) {
        (listed[3] === "failed" ? run.failures : run.skips).push({ at: `${listed[1]}:${listed[2]}`, text: listed[4] });
        continue;
      }
      const counts = /^(.+\.wast): (\d+) passed, (\d+) failed, (\d+) skipped$/.exec(line);
      if (counts) run.perFile.set(counts[1], { passed: +counts[2], failed: +counts[3], skipped: +counts[4], superseded: 0 });
    }
  }
  const [superseded, failures] = partition(run.failures, (f) => Object.hasOwn(SUPERSEDED, f.at));
  run.failures = failures;
  run.superseded = superseded;
  for (const s of superseded) {
    const counts = run.perFile.get(s.at.slice(0, s.at.lastIndexOf(":")));
    if (counts === undefined) continue;
    counts.failed--;
    counts.superseded++;
  }
  return run;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

function folderOf(file: string): string {
  const at = file.lastIndexOf("/");
  return at < 0 ? "core" : file.slice(0, at);
}

function total(run: SuiteRun): Counts {
  const sum: Counts = { passed: 0, failed: 0, skipped: 0, superseded: 0 };
  for (const counts of run.perFile.values()) for (const key of ["passed", "failed", "skipped", "superseded"] as const) sum[key] += counts[key];
  return sum;
}

/**
 * The run's figures per folder, every failure with file:line, and every skip
 * with its reason (or, `bySkipReason`, how many skips each reason has).
 */
function listing(title: string, run: SuiteRun, bySkipReason = false): string {
  const reasons = new Map<string, number>();
  for (const skip of run.skips) {
    const reason = skip.text.replace(/^[a-z_]+: /, "");
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const folders = new Map<string, SuiteRun>();
  for (const [file, counts] of run.perFile) {
    const folder = folders.get(folderOf(file)) ?? { perFile: new Map(), failures: [], superseded: [], skips: [], problems: [] };
    folder.perFile.set(file, counts);
    folders.set(folderOf(file), folder);
  }
  return [
    `${title}: ${countsText(total(run))}`,
    ...[...folders].map(([folder, r]) => `  ${folder}: ${countsText(total(r))}`),
    `skipped (${run.skips.length}):`,
    ...(bySkipReason ? [...reasons].map(([reason, n]) => `  ${n}: ${reason}`) : run.skips.map((s) => `  ${s.at}: ${s.text}`)),
    `failed (${run.failures.length}):`,
    ...run.failures.map((f) => `  ${f.at}: ${f.text}`),
    `superseded (${run.superseded.length}):`,
    ...run.superseded.map((f) => `  ${f.at}: ${f.text} [${SUPERSEDED[f.at]}]`),
  ].join("\n");
}

/** The features a skip says the engine lacks. */
function lackedFeatures(skip: Listed): Feature[] {
  return (/engine lacks ([a-z0-9-, ]+)\)?$/.exec(skip.text)?.[1].split(", ") ?? []) as Feature[];
}

/** The checks every engine's run must pass. */
function checkRun(files: string[], get: () => SuiteRun): void {
  it("runs every script", () => {
    const run = get();
    expect(run.problems).toEqual([]);
    expect(files.filter((f) => !run.perFile.has(f))).toEqual([]);
  });

  it("has no failure but the superseded assertions", () => {
    expect(get().failures).toEqual([]);
  });
}

const files = specFileNames();
const engine = engineNode();
let onEngine: SuiteRun;

describe(`watkit wast on the spec testsuite (node ${engine.version})`, () => {
  beforeAll(async () => {
    onEngine = await runSuite(engine.path, files);
  });
  checkRun(files, () => onEngine);

  it("fails every superseded assertion (the list is not stale)", () => {
    expect(Object.keys(SUPERSEDED).filter((at) => !onEngine.superseded.some((f) => f.at === at))).toEqual([]);
  });

  it("skips nothing for a missing feature of WebAssembly 3.0 on an engine with all of it", () => {
    const for3 = onEngine.skips.filter((s) => /engine lacks/.test(s.text) && !lackedFeatures(s).every((f) => BEYOND_3_0.includes(f)));
    expect(for3).toEqual([]);
  });
});

describe(`watkit wast on the spec testsuite (this process's node ${process.versions.node})`, () => {
  const lacking = ALL_FEATURES.filter((f) => !engineFeatures().has(f));
  let onThis: SuiteRun;
  beforeAll(async () => {
    onThis = await runSuite(process.execPath, files);
    console.log(listing(`watkit wast, node ${process.versions.node} (lacks ${lacking.join(", ") || "nothing"})`, onThis, true));
  });
  checkRun(files, () => onThis);

  it("names in each skip only features this engine lacks", () => {
    const wrong = onThis.skips.filter((s) => lackedFeatures(s).some((f) => !lacking.includes(f)));
    expect(wrong).toEqual([]);
  });
});

afterAll(() => {
  if (onEngine === undefined || onEngine.perFile.size === 0) return;
  console.log(listing(`watkit wast, node ${engine.version}`, onEngine));
  const proposals = PROPOSAL_FOLDERS.map((folder) => {
    const perFile = new Map([...onEngine.perFile].filter(([file]) => folderOf(file) === folder));
    return { folder, ...total({ perFile, failures: [], superseded: [], skips: [], problems: [] }) };
  });
  recordWastSummary({ node: engine.version, ...total(onEngine), proposals });
});
