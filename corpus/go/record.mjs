// Records what each corpus Go program does under Node with Go's own
// wasm_exec.js (run-node.mjs): for every case of <prog>/cases.json, the
// files <prog>/expected/<case>.stdout, .stderr and .status. The go-wasi
// tests compare the rewritten programs with these. Needs Go (for
// wasm_exec.js); CI uses the committed files.
//
// A case: { name, args, env?, stdin?, dir? }. With `dir`, the program gets a
// fresh empty directory, named by "$DIR" in args.
//
//   node corpus/go/record.mjs [prog...]
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const programs = process.argv.length > 2 ? process.argv.slice(2) : fs.readdirSync(here).filter((p) => fs.existsSync(path.join(here, p, "cases.json")));
for (const prog of programs) {
  const cases = JSON.parse(fs.readFileSync(path.join(here, prog, "cases.json"), "utf8"));
  const out = path.join(here, prog, "expected");
  fs.mkdirSync(out, { recursive: true });
  for (const c of cases) {
    const dir = c.dir ? fs.mkdtempSync(path.join(os.tmpdir(), "go-case-")) : "";
    const envArgs = Object.entries(c.env ?? {}).flatMap(([k, v]) => ["--env", `${k}=${v}`]);
    const args = c.args.map((a) => a.replaceAll("$DIR", dir));
    const r = spawnSync(process.execPath, [path.join(here, "run-node.mjs"), ...envArgs, path.join(here, prog, `${prog}.wasm`), ...args], {
      input: c.stdin ?? "",
    });
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    fs.writeFileSync(path.join(out, `${c.name}.stdout`), r.stdout);
    fs.writeFileSync(path.join(out, `${c.name}.stderr`), r.stderr);
    fs.writeFileSync(path.join(out, `${c.name}.status`), `${r.status}\n`);
    console.log(`${prog}/${c.name}: status ${r.status}`);
  }
}
