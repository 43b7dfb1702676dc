// Runs a GOOS=js GOARCH=wasm module under Node with the Go toolchain's own
// wasm_exec.js, the reference the go-wasi rewrite is compared with:
//
//   node corpus/go/run-node.mjs [--env K=V]... module.wasm [args...]
//
// Go 1.19's wasm_exec_node.js assigns globalThis.crypto, which Node 20 makes
// read-only, so this script does its part: define `fs`, load wasm_exec.js
// (from $GOROOT, else `go env GOROOT`), run, and report a deadlock the way
// it does. The program sees only the --env variables, as under `watkit run`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const args = process.argv.slice(2);
const env = {};
while (args[0] === "--env") {
  const pair = args[1];
  env[pair.slice(0, pair.indexOf("="))] = pair.slice(pair.indexOf("=") + 1);
  args.splice(0, 2);
}
if (args.length === 0) {
  process.stderr.write("usage: run-node.mjs [--env K=V]... module.wasm [args...]\n");
  process.exit(2);
}
const goroot = process.env.GOROOT || execFileSync("go", ["env", "GOROOT"], { encoding: "utf8" }).trim();
globalThis.fs = fs;
createRequire(import.meta.url)(path.join(goroot, "misc/wasm/wasm_exec.js"));

const go = new globalThis.Go();
go.argv = args;
go.env = env;
go.exit = process.exit;
const { instance } = await WebAssembly.instantiate(fs.readFileSync(args[0]), go.importObject);
process.on("exit", (code) => {
  if (code === 0 && !go.exited) {
    go._pendingEvent = { id: 0 };
    go._resume();
  }
});
await go.run(instance);
