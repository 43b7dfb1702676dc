/**
 * A `watkit` run loads its own command's module and what that imports, and
 * nothing of the other commands: a process that converts one file does not
 * read and compile the linker, the linter or the rewrite passes (on Node 20,
 * which has no compile cache, that is a fifth of a small conversion's time).
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MODULES_CLI as CLI } from "../helpers/cli.js";

/** Module hooks that append every module URL the process resolves to the file named by `WATKIT_LOADED`. */
const HOOKS =
  'import { appendFileSync } from "node:fs";' +
  "export async function resolve(specifier, context, next) {" +
  "  const resolved = await next(specifier, context);" +
  '  appendFileSync(process.env.WATKIT_LOADED, resolved.url + "\\n");' +
  "  return resolved;" +
  "}";
const REGISTER = `data:text/javascript,${encodeURIComponent(`import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(HOOKS)}`)});`)}`;

/** The project's modules a run of `watkit ARGS` loads, as paths below `dist/`. */
function loadedBy(args: string[]): string[] {
  const log = join(mkdtempSync(join(tmpdir(), "watkit-loaded-")), "loaded.txt");
  const result = spawnSync(process.execPath, ["--import", REGISTER, CLI, ...args], { env: { ...process.env, WATKIT_LOADED: log }, encoding: "utf8" });
  expect(result.status).toBe(0);
  const dist = new URL("../../", import.meta.url).href;
  return readFileSync(log, "utf8")
    .split("\n")
    .filter((url) => url.startsWith(dist))
    .map((url) => url.slice(dist.length));
}

/** Modules of the commands and areas only other commands use. */
const OTHERS = /^src\/(cli\/(?!(print|parse)-command)[a-z]+-command\.js|link\/|lint\/|rewrite\/|wast\/)/;

describe("the modules a watkit run loads", () => {
  const out = mkdtempSync(join(tmpdir(), "watkit-out-"));

  it("print loads the printer, and neither the text parser nor another command", () => {
    const loaded = loadedBy(["print", "corpus/c/wc.wasm", "-o", join(out, "wc.wat")]);
    expect(loaded).toContain("src/cli/print-command.js");
    expect(loaded.filter((path) => OTHERS.test(path) || path.startsWith("generated/") || path === "src/cli/parse-command.js")).toEqual([]);
  });

  it("parse loads the text parser, and neither the printer nor another command", () => {
    const loaded = loadedBy(["parse", "corpus/hand/fib.wat", "-o", join(out, "fib.wasm")]);
    expect(loaded).toContain("src/cli/parse-command.js");
    expect(loaded.filter((path) => OTHERS.test(path) || path.startsWith("src/print/") || path === "src/cli/print-command.js")).toEqual([]);
  });

  it("--version loads no command at all", () => {
    expect(loadedBy(["--version"]).filter((path) => path.endsWith("-command.js"))).toEqual([]);
  });
});
