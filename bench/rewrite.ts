// The rewrite passes' benchmark (`npm run bench:rewrite`, and the last part
// of `npm run bench`), on Go binaries, the passes' main customers:
//
// - `go-wasi` on esbuild-wasm's `esbuild.wasm` (14 MB, Go 1.21+): the pass
//   alone, on a module decoded beforehand; the first call in a fresh
//   process and the median of the passes after it. Target: under 10 s.
// - `replace-import` on Go's hello world (2 MB, 21 imports of module `go`):
//   replacing all 21 against replacing one, median of PASSES each, taking
//   turns. The pass walks the module once however many imports it replaces.
//   Target: all 21 within twice the time of one.
//
// Each measurement runs in a child process of its own, so that the first
// call is a cold one.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { projectRoot } from "./inputs.js";
import { inChild, median, reportToParent, seconds } from "./timed-child.js";

const PASSES = 5;
const MARKER = "REWRITE-BENCH-RESULT ";
const GO_HELLO = "corpus/go/hello/hello.wasm";

interface GoWasiResult {
  inputBytes: number;
  firstSeconds: number;
  medianSeconds: number;
}

interface ReplaceImportResult {
  imports: number;
  oneSeconds: number;
  allSeconds: number;
}

async function goWasiChild(): Promise<void> {
  const { decode } = await import("../src/binary/decode.js");
  const { goWasi } = await import("../src/rewrite/index.js");
  const bytes = readFileSync(createRequire(import.meta.url).resolve("esbuild-wasm/esbuild.wasm"));
  const times: number[] = [];
  for (let pass = 0; pass <= PASSES; pass++) {
    const module = decode(bytes);
    times.push(seconds(() => goWasi(module)));
  }
  const result: GoWasiResult = { inputBytes: bytes.length, firstSeconds: times[0], medianSeconds: median(times.slice(1)) };
  reportToParent(MARKER, result);
}

async function replaceImportChild(): Promise<void> {
  const { decode } = await import("../src/binary/decode.js");
  const { rewrite } = await import("../src/rewrite/index.js");
  const bytes = readFileSync(GO_HELLO);
  const names = decode(bytes).imports.map((i) => `${i.import!.module}.${i.import!.name}`);
  const steps = {
    one: [`replace-import=${names[0]}=stub`],
    all: [`replace-import=${names.map((n) => `${n}=stub`).join(",")}`],
  };
  const times = { one: [] as number[], all: [] as number[] };
  // One warm-up of each, then the passes taking turns, each on a fresh module (decoding not timed).
  for (let pass = 0; pass <= PASSES; pass++) {
    for (const key of ["one", "all"] as const) {
      const module = decode(bytes);
      const time = seconds(() => rewrite(module, steps[key], { validate: false }));
      if (pass > 0) times[key].push(time);
    }
  }
  const result: ReplaceImportResult = { imports: names.length, oneSeconds: median(times.one), allSeconds: median(times.all) };
  reportToParent(MARKER, result);
}

function ms(s: number): string {
  return `${(s * 1000).toFixed(0)} ms`;
}

function main(): void {
  const script = fileURLToPath(import.meta.url);
  process.chdir(projectRoot());
  const rows: string[] = [];
  const goWasi = inChild<GoWasiResult>(script, ["go-wasi"], MARKER);
  if ("failure" in goWasi) rows.push(`go-wasi on esbuild.wasm: ${goWasi.failure}`);
  else {
    const r = goWasi.result;
    const pass = r.firstSeconds < 10 && r.medianSeconds < 10;
    rows.push(
      `go-wasi on esbuild.wasm (${(r.inputBytes / 1e6).toFixed(1)} MB): first call ${ms(r.firstSeconds)}, median of ${PASSES} after it ${ms(r.medianSeconds)} ` +
        `(target under 10 s: ${pass ? "PASS" : "FAIL"})`,
    );
  }
  const replace = inChild<ReplaceImportResult>(script, ["replace-import"], MARKER);
  if ("failure" in replace) rows.push(`replace-import on ${GO_HELLO}: ${replace.failure}`);
  else {
    const r = replace.result;
    const ratio = r.allSeconds / r.oneSeconds;
    rows.push(
      `replace-import on ${GO_HELLO}: all ${r.imports} imports ${ms(r.allSeconds)}, one ${ms(r.oneSeconds)}, ${ratio.toFixed(2)}x ` +
        `(target at most 2x: ${ratio <= 2 ? "PASS" : "FAIL"})`,
    );
  }
  console.log(`rewrite passes (Node ${process.versions.node}, ${new Date().toISOString()}):`);
  for (const row of rows) console.log(`  ${row}`);
}

const job = process.argv[2];
if (job === "go-wasi") await goWasiChild();
else if (job === "replace-import") await replaceImportChild();
else main();
