/**
 * Command-line hygiene (issue 17, item 9): options are checked against each
 * command's table (an unknown one is an error with a suggestion, exit 2),
 * `--help` lists every option of a command, `--version` prints the
 * package's version.
 */
import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { parseArgs, UsageError, type OptionSpec } from "../../src/cli/command.js";
import { closest, editDistance } from "../../src/suggest.js";
import { watkit } from "../helpers/cli.js";

const COMMANDS: Record<string, string[]> = {
  parse: ["--output", "-o", "--no-names", "--no-validate", "--help"],
  print: ["--output", "-o", "--folded", "--no-names", "--canonical", "--help"],
  fmt: ["--check", "--write", "--flat", "--folded", "--help"],
  validate: ["--help"],
  wast: ["--verbose", "--help"],
  run: ["--dir", "--env", "--help"],
  rewrite: ["--output", "-o", "--pass", "--no-validate", "--help"],
  link: ["--output", "-o", "--sysroot", "--entry", "--no-entry", "--export", "--allow-undefined", "--export-table", "--growable-table", "--global-base", "-z", "--gc-sections", "--no-gc-sections", "--help"],
};

describe("watkit options", () => {
  it("refuses an unknown option with exit 2, suggesting the nearest known one", () => {
    const result = watkit(["print", "--fold", "corpus/c/wc.wasm"]);
    expect(result).toMatchObject({ status: 2, stdout: "" });
    expect(result.stderr).toBe("watkit print: unknown option '--fold'; did you mean '--folded'?\n(see `watkit print --help`)\n");
    expect(watkit(["parse", "--no-valdate", "x.wat"]).stderr).toContain("did you mean '--no-validate'?");
    expect(watkit(["validate", "--zzzzzz", "x.wat"]).stderr).toBe("watkit validate: unknown option '--zzzzzz'\n(see `watkit validate --help`)\n");
  });

  it("refuses a flag given a value and an option missing its value", () => {
    expect(watkit(["print", "--folded=yes", "corpus/c/wc.wasm"])).toMatchObject({ status: 2, stderr: expect.stringContaining("option '--folded' takes no value") });
    expect(watkit(["print", "corpus/c/wc.wasm", "-o"])).toMatchObject({ status: 2, stderr: expect.stringContaining("option '-o' needs a value (FILE)") });
  });

  it("suggests the nearest command for an unknown one", () => {
    expect(watkit(["prnt"])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^watkit: unknown command 'prnt'; did you mean 'print'\?\n/) });
  });

  it.each(Object.entries(COMMANDS))("`watkit %s --help` lists every option and exits 0", (command, options) => {
    const result = watkit([command, "--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^usage: watkit ${command} `));
    for (const option of options) expect(result.stdout).toMatch(new RegExp(`(^|[ ,])${option}\\b`, "m"));
    expect(watkit([command, "-h"]).stdout).toBe(result.stdout);
  });

  it("documents --no-validate on every command that writes a module", () => {
    for (const command of ["parse", "rewrite"]) {
      expect(watkit([command, "--help"]).stdout).toMatch(/--no-validate +write the module even when it is invalid/);
    }
  });

  it("--version prints the package's version", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(watkit(["--version"])).toEqual({ status: 0, stdout: `watkit ${version}\n`, stderr: "" });
  });
});

describe("parseArgs", () => {
  const options: OptionSpec[] = [
    { name: "output", short: "o", value: "FILE", help: "" },
    { name: "dir", value: "PATH", multiple: true, help: "" },
    { name: "mode", value: "M", help: "" },
    { name: "folded", help: "" },
  ];

  it("reads flags, values (inline or next), repeated values, `-` as a positional, and what follows `--`", () => {
    const args = parseArgs(["a", "-o", "-", "--dir", "x", "--dir=y", "--mode=1", "--mode", "2", "--folded", "-", "--", "--not-an-option"], options);
    expect(args.positional).toEqual(["a", "-"]);
    expect(args.output).toBe("-");
    expect(args.flags).toEqual(new Set(["folded"]));
    expect(args.values.get("dir")).toEqual(["x", "y"]);
    expect(args.values.get("mode")).toEqual(["2"]);
    expect(args.rest).toEqual(["--not-an-option"]);
  });

  it("throws UsageError for short and long unknown options", () => {
    expect(() => parseArgs(["-x"], options)).toThrow(UsageError);
    expect(() => parseArgs(["--foldd"], options)).toThrow("unknown option '--foldd'; did you mean '--folded'?");
  });
});

describe("closest", () => {
  it("suggests a candidate within a few edits or one the name begins", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(closest("fold", ["flat", "folded"])).toBe("folded");
    expect(closest("chekc", ["check", "write"])).toBe("check");
    expect(closest("banana", ["check", "write"])).toBeUndefined();
  });
});
