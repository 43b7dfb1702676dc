/**
 * The whole spec testsuite (core, custom/, legacy/ and the proposals of
 * `PROPOSAL_FOLDERS`) through `watkit wast`, spawned with the test engine (a
 * Node with all of WebAssembly 3.0, see `helpers/engine.ts`) in parallel
 * batches. Its closing line is the last line `npm test` prints
 * (`print-summary.ts`), after one line per proposal.
 *
 * The core suite has no failure; on an engine with all of 3.0 nothing is
 * skipped for a missing feature of 3.0 (only for proposals beyond it that the
 * engine has not shipped); every skip and failure is listed with
 * file:line in the output. The suite also runs on the Node that runs the
 * tests (Node 20: no GC, exnref, memory64, ...), where the same holds and
 * every skip names features that engine really lacks.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { engineNode } from "../helpers/engine.js";
import type { Feature } from "../../src/isa/instructions.js";
import { ALL_FEATURES, engineFeatures } from "../../src/wast/features.js";
import { PROPOSAL_FOLDERS, SPEC_ROOT, specFileNames } from "../helpers/spec-suite.js";
import { recordWastSummary } from "../helpers/spec-summary.js";

const CLI = resolve(process.cwd(), "dist/src/cli/main.js");
const BATCHES = 2;

/** Features of proposals beyond WebAssembly 3.0 that the test engine may lack: their scripts are then only checked, not run. */
const BEYOND_3_0: readonly Feature[] = ["wide-arithmetic", "custom-page-sizes", "compact-imports", "custom-descriptors"];

/**
 * Assertions of proposals/threads that the core suite contradicts (the
 * proposal folder predates WebAssembly 2.0's multiple tables, 3.0's multiple
 * memories, and the core memory.wast's reading of `(memory 0x1_0000_0000)` as
 * well-formed but invalid), and modules of proposals/custom-descriptors that
 * it calls invalid (a cast whose target is not below its source type). They
 * fail, and are listed here so that nothing else may.
 */
const SUPERSEDED: Record<string, string> = {
  "proposals/threads/imports.wast:309": "multiple tables (valid since 2.0)",
  "proposals/threads/imports.wast:313": "multiple tables (valid since 2.0)",
  "proposals/threads/imports.wast:317": "multiple tables (valid since 2.0)",
  "proposals/threads/imports.wast:404": "multiple memories (valid since 3.0)",
  "proposals/threads/imports.wast:408": "multiple memories (valid since 3.0)",
  "proposals/threads/imports.wast:412": "multiple memories (valid since 3.0)",
  "proposals/threads/memory.wast:14": "multiple memories (valid since 3.0)",
  "proposals/threads/memory.wast:15": "multiple memories (valid since 3.0)",
  "proposals/threads/memory.wast:83": "memory limit above 2^32 pages is well-formed (core memory.wast)",
  "proposals/threads/memory.wast:87": "memory limit above 2^32 pages is well-formed (core memory.wast)",
  "proposals/threads/memory.wast:91": "memory limit above 2^32 pages is well-formed (core memory.wast)",
  "proposals/custom-descriptors/br_on_cast.wast:211": "a cast target outside the source type (core br_on_cast.wast:235 says invalid)",
  "proposals/custom-descriptors/br_on_cast_fail.wast:226": "a cast target outside the source type (core br_on_cast_fail.wast:253 says invalid)",
};

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Listed {
  /** `file:line`. */
  at: string;
  text: string;
}

interface SuiteRun {
  perFile: Map<string, Counts>;
  failures: Listed[];
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
  const run: SuiteRun = { perFile: new Map(), failures: [], skips: [], problems: [] };
  for (const { stdout, stderr } of await Promise.all(batches(files).map((b) => runBatch(node, b)))) {
    if (stderr !== "") run.problems.push(stderr);
    for (const line of stdout.split("\n")) {
      const listed = /^(.+?):(\d+):\d+: (failed|skipped): (.*)$/.exec(line);
      if (listed) {
        (listed[3] === "failed" ? run.failures : run.skips).push({ at: `${listed[1]}:${listed[2]}`, text: listed[4] });
        continue;
      }
      const counts = /^(.+\.wast): (\d+) passed, (\d+) failed, (\d+) skipped$/.exec(line);
      if (counts) run.perFile.set(counts[1], { passed: +counts[2], failed: +counts[3], skipped: +counts[4] });
    }
  }
  return run;
}

function folderOf(file: string): string {
  const at = file.lastIndexOf("/");
  return at < 0 ? "core" : file.slice(0, at);
}

function total(run: SuiteRun): Counts {
  const sum: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const counts of run.perFile.values()) for (const key of ["passed", "failed", "skipped"] as const) sum[key] += counts[key];
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
    const folder = folders.get(folderOf(file)) ?? { perFile: new Map(), failures: [], skips: [], problems: [] };
    folder.perFile.set(file, counts);
    folders.set(folderOf(file), folder);
  }
  const line = (c: Counts): string => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
  return [
    `${title}: ${line(total(run))}`,
    ...[...folders].map(([folder, r]) => `  ${folder}: ${line(total(r))}`),
    `skipped (${run.skips.length}):`,
    ...(bySkipReason ? [...reasons].map(([reason, n]) => `  ${n}: ${reason}`) : run.skips.map((s) => `  ${s.at}: ${s.text}`)),
    `failed (${run.failures.length}):`,
    ...run.failures.map((f) => `  ${f.at}: ${f.text}${SUPERSEDED[f.at] ? ` [superseded: ${SUPERSEDED[f.at]}]` : ""}`),
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

  it("has no failure in the core suite, and elsewhere only assertions the core suite contradicts", () => {
    const { failures } = get();
    expect(failures.filter((f) => folderOf(f.at) === "core" || !(f.at in SUPERSEDED))).toEqual([]);
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
    expect(Object.keys(SUPERSEDED).filter((at) => !onEngine.failures.some((f) => f.at === at))).toEqual([]);
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
    return { folder, ...total({ perFile, failures: [], skips: [], problems: [] }) };
  });
  recordWastSummary({ node: engine.version, ...total(onEngine), proposals });
});
