/**
 * The whole spec testsuite (core, custom/, legacy/, proposals/threads)
 * through `watkit wast`, spawned with the test engine (a Node with all of
 * WebAssembly 3.0, see `helpers/engine.ts`) in parallel batches. Its closing
 * line is the last line `npm test` prints (`print-summary.ts`).
 *
 * The core suite has no failure; on an engine with all of 3.0 nothing is
 * skipped for a missing feature; every skip and failure is listed with
 * file:line in the output.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { execFile } from "node:child_process";
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { engineNode } from "../helpers/engine.js";
import { SPEC_ROOT, specFileNames } from "../helpers/spec-suite.js";
import { recordWastSummary } from "../helpers/spec-summary.js";

const CLI = resolve(process.cwd(), "dist/src/cli/main.js");
const BATCHES = 2;

/**
 * Assertions of proposals/threads that the core suite contradicts (the
 * proposal folder predates WebAssembly 2.0's multiple tables, 3.0's multiple
 * memories, and the core memory.wast's reading of `(memory 0x1_0000_0000)` as
 * well-formed but invalid). They fail, and are listed here so that nothing
 * else may.
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

const perFile = new Map<string, Counts>();
const failures: Listed[] = [];
const skips: Listed[] = [];
const problems: string[] = [];
const engine = engineNode();

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

function runBatch(files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(engine.path, [CLI, "wast", "--verbose", ...files], { cwd: SPEC_ROOT, maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

function readOutput(stdout: string): void {
  for (const line of stdout.split("\n")) {
    const listed = /^(.+?):(\d+):\d+: (failed|skipped): (.*)$/.exec(line);
    if (listed) {
      (listed[3] === "failed" ? failures : skips).push({ at: `${listed[1]}:${listed[2]}`, text: listed[4] });
      continue;
    }
    const counts = /^(.+\.wast): (\d+) passed, (\d+) failed, (\d+) skipped$/.exec(line);
    if (counts) perFile.set(counts[1], { passed: +counts[2], failed: +counts[3], skipped: +counts[4] });
  }
}

function folderOf(file: string): string {
  const at = file.lastIndexOf("/");
  return at < 0 ? "core" : file.slice(0, at);
}

describe(`watkit wast on the spec testsuite (node ${engine.version})`, () => {
  const files = specFileNames();

  it("runs every script", async () => {
    const results = await Promise.all(batches(files).map(runBatch));
    for (const r of results) {
      readOutput(r.stdout);
      if (r.stderr !== "") problems.push(r.stderr);
    }
    expect(problems).toEqual([]);
    expect(files.filter((f) => !perFile.has(f))).toEqual([]);
  });

  it("has no failure in the core suite, and elsewhere only assertions the core suite contradicts", () => {
    const unexpected = failures.filter((f) => folderOf(f.at) === "core" || !(f.at in SUPERSEDED));
    expect(unexpected).toEqual([]);
    expect(Object.keys(SUPERSEDED).filter((at) => !failures.some((f) => f.at === at))).toEqual([]);
  });

  it("skips nothing for a missing feature on an engine with all of WebAssembly 3.0", () => {
    expect(skips.filter((s) => /engine lacks/.test(s.text))).toEqual([]);
  });
});

afterAll(() => {
  const folders = new Map<string, Counts>();
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const [file, counts] of perFile) {
    const folder = folders.get(folderOf(file)) ?? { passed: 0, failed: 0, skipped: 0 };
    for (const key of ["passed", "failed", "skipped"] as const) {
      folder[key] += counts[key];
      total[key] += counts[key];
    }
    folders.set(folderOf(file), folder);
  }
  const line = (c: Counts): string => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
  console.log(
    [
      `watkit wast, node ${engine.version}:`,
      ...[...folders].map(([folder, c]) => `  ${folder}: ${line(c)}`),
      `skipped (${skips.length}):`,
      ...skips.map((s) => `  ${s.at}: ${s.text}`),
      `failed (${failures.length}):`,
      ...failures.map((f) => `  ${f.at}: ${f.text}${SUPERSEDED[f.at] ? ` [superseded: ${SUPERSEDED[f.at]}]` : ""}`),
    ].join("\n"),
  );
  if (perFile.size > 0) recordWastSummary({ node: engine.version, ...total });
});
