/**
 * The Node build with all of WebAssembly 3.0 that the spec testsuite runs on
 * (`watkit wast` spawned with it). It is installed by `npm install` (the
 * `prepare` script runs `npm run engine`) into test/engine/, a package of
 * its own, so that its `node` binary never shadows the Node that runs npm
 * scripts. A missing engine is an error that says how to get it.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ENGINE_DIR = join(process.cwd(), "test", "engine");

export function engineNode(): { path: string; version: string } {
  const path = join(ENGINE_DIR, "node_modules", `node-${process.platform}-${process.arch}`, "bin", "node");
  if (!existsSync(path)) {
    throw new Error(`no test engine at ${path}: run \`npm run engine\` (npm install does) on linux x64`);
  }
  const version = spawnSync(path, ["--version"], { encoding: "utf8" }).stdout.trim().replace(/^v/, "");
  return { path, version };
}
