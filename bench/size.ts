// The size check (`npm run bench:size`): text longer than a JS string can
// hold, through the CLI both ways.
//
// Writes a module of about 590 MB of text (V8's longest string is just under
// 512 MiB), then runs `watkit parse` on it, `watkit print` on the binary
// (which streams about 580 MB of text to a file) and `watkit parse` again,
// and checks that both binaries are the same bytes. Each step is a child
// process; its wall time and peak RSS (from GNU time when it is installed)
// are printed. The module is generated: a real binary that prints to more
// than 512 MiB would be a download of its own.

import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { join } from "node:path";
import { outDir, projectRoot } from "./inputs.js";

const TARGET_BYTES = 590_000_000;
const CLI = join(projectRoot(), "dist", "src", "cli", "main.js");

/** Functions with a body of ordinary code: locals, arithmetic, a call to the previous function. */
function writeModule(path: string): void {
  const fd = openSync(path, "w");
  let body = "";
  for (let k = 0; k < 40; k++) {
    body +=
      `    local.get 0\n    i32.const ${k * 7919}\n    i32.add\n    local.get 1\n    i32.mul\n    local.set 0\n` +
      "    global.get $g\n    f64.const 0x1.8p+3\n    drop\n    drop\n";
  }
  let written = writeSync(fd, "(module\n  (type $t (func (param i32 i32) (result i32)))\n  (memory 1)\n  (global $g (mut i32) (i32.const 0))\n");
  for (let n = 0; written < TARGET_BYTES; n++) {
    const func =
      `  (func $f${n} (type $t) (param $a i32) (param $b i32) (result i32) (local $x i64)\n${body}` +
      `    local.get 0\n    call $f${Math.max(0, n - 1)}\n  )\n`;
    written += writeSync(fd, func);
  }
  writeSync(fd, ")\n");
  closeSync(fd);
}

function run(step: string, args: string[]): void {
  const time = existsSync("/usr/bin/time") ? ["/usr/bin/time", "-f", "%e %M"] : [];
  const [command, ...rest] = [...time, process.execPath, CLI, ...args];
  const started = Date.now();
  const child = spawnSync(command, rest, { encoding: "utf8", stdio: ["ignore", "inherit", "pipe"] });
  if (child.status !== 0) throw new Error(`${step} failed (${child.status}): ${child.stderr}`);
  const figures = time.length > 0 ? /([\d.]+) (\d+)\s*$/.exec(child.stderr) : null;
  const seconds = figures ? Number(figures[1]) : (Date.now() - started) / 1000;
  const rss = figures ? `, peak RSS ${(Number(figures[2]) / 1024 / 1024).toFixed(1)} GB` : "";
  process.stdout.write(`${step}: ${seconds.toFixed(1)} s${rss}\n`);
}

function megabytes(path: string): string {
  return `${(statSync(path).size / 1e6).toFixed(0)} MB`;
}

const dir = join(outDir(), "size");
mkdirSync(dir, { recursive: true });
const text = join(dir, "big.wat");
const binary = join(dir, "big.wasm");
const printed = join(dir, "printed.wat");
const again = join(dir, "again.wasm");
try {
  writeModule(text);
  process.stdout.write(`generated ${text}: ${megabytes(text)} of text\n`);
  run(`watkit parse (${megabytes(text)} of text)`, ["parse", text, "-o", binary]);
  run(`watkit print (${megabytes(binary)} binary)`, ["print", binary, "-o", printed]);
  process.stdout.write(`printed ${megabytes(printed)} of text\n`);
  run(`watkit parse (${megabytes(printed)} of printed text)`, ["parse", printed, "-o", again]);
  const same = Buffer.compare(readFileSync(binary), readFileSync(again)) === 0;
  process.stdout.write(same ? "round trip: the same bytes\n" : "round trip: DIFFERENT bytes\n");
  process.exitCode = same ? 0 : 1;
} finally {
  for (const file of [text, binary, printed, again]) rmSync(file, { force: true });
}
