/**
 * Output files (issue 17, items 6 and 8): every `-o` and `fmt --write`
 * replaces a file whole through a temporary file, writes through a symbolic
 * link (the link stays), keeps the file's mode and a UTF-8 byte order mark,
 * refuses a read-only file, names the path the user gave in every message,
 * and leaves no temporary file behind, even when killed. Standard output
 * that cannot be written is reported as such, by every command.
 */
import { describe, expect, it } from "@jest/globals";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { decodeDeferred } from "../../src/binary/decode.js";
import { format } from "../../src/print/format/format.js";
import { CLI, watkit } from "../helpers/cli.js";

const MESSY = "(module (func $f (param i32) (result i32) local.get 0 i32.const 1 i32.add))\n";
const BIG = "corpus/go/hello/hello.wasm";

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "watkit-out-"));
  writeFileSync(join(dir, "messy.wat"), MESSY);
  return dir;
}

function temporaries(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".tmp"));
}

describe("output files", () => {
  it("replace a symbolic link's target and keep the link (fmt --write and -o)", () => {
    const dir = workspace();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "target.wat"), MESSY);
    symlinkSync("real/target.wat", join(dir, "link.wat"));
    expect(watkit(["fmt", "--write", "link.wat"], { cwd: dir }).status).toBe(0);
    expect(lstatSync(join(dir, "link.wat")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, "link.wat"))).toBe("real/target.wat");
    expect(readFileSync(join(dir, "real", "target.wat"), "utf8")).toBe(format(MESSY));

    symlinkSync("real/out.wasm", join(dir, "out.wasm"));
    expect(watkit(["parse", "messy.wat", "-o", "out.wasm"], { cwd: dir }).status).toBe(0);
    expect(lstatSync(join(dir, "out.wasm")).isSymbolicLink()).toBe(true);
    expect(WebAssembly.validate(readFileSync(join(dir, "real", "out.wasm")))).toBe(true);
    expect(temporaries(dir)).toEqual([]);
    expect(temporaries(join(dir, "real"))).toEqual([]);
  });

  it.each([["600", 0o600], ["755", 0o755]] as const)("keep the mode %s of the file they replace", (_octal, mode) => {
    const dir = workspace();
    chmodSync(join(dir, "messy.wat"), mode);
    expect(watkit(["fmt", "--write", "messy.wat"], { cwd: dir }).status).toBe(0);
    expect(statSync(join(dir, "messy.wat")).mode & 0o777).toBe(mode);
    writeFileSync(join(dir, "out.wat"), "old");
    chmodSync(join(dir, "out.wat"), mode);
    expect(watkit(["print", join(process.cwd(), "corpus/c/wc.wasm"), "-o", "out.wat"], { cwd: dir }).status).toBe(0);
    expect(statSync(join(dir, "out.wat")).mode & 0o777).toBe(mode);
  });

  it("refuse a read-only file, naming it, and leave it as it was", () => {
    const dir = workspace();
    chmodSync(join(dir, "messy.wat"), 0o444);
    const result = watkit(["fmt", "--write", "messy.wat"], { cwd: dir });
    expect(result).toMatchObject({ status: 1, stderr: "watkit fmt: cannot write 'messy.wat': the file is read-only\n" });
    expect(readFileSync(join(dir, "messy.wat"), "utf8")).toBe(MESSY);
    const parse = watkit(["parse", "-", "-o", "messy.wat"], { cwd: dir, input: "(module)" });
    expect(parse).toMatchObject({ status: 1, stderr: "watkit parse: cannot write 'messy.wat': the file is read-only\n" });
    expect(temporaries(dir)).toEqual([]);
  });

  it("refuse to write a conversion or a link over its own input, by any path to it, and leave the input as it was", () => {
    const dir = workspace();
    symlinkSync("messy.wat", join(dir, "link.wat"));
    const refused = (args: string[], input?: string) => watkit(args, { cwd: dir, input }).stderr;
    expect(refused(["parse", "messy.wat", "-o", "messy.wat"])).toBe("watkit parse: cannot write 'messy.wat': it is the input, which the output would replace\n");
    expect(refused(["parse", "messy.wat", "-o", "./messy.wat"])).toBe("watkit parse: cannot write './messy.wat': it is the input 'messy.wat', which the output would replace\n");
    expect(refused(["parse", "messy.wat", "-o", "link.wat"])).toBe("watkit parse: cannot write 'link.wat': it is the input 'messy.wat', which the output would replace\n");
    writeFileSync(join(dir, "module.wasm"), readFileSync("corpus/c/wc.wasm"));
    expect(refused(["print", "module.wasm", "-o", "module.wasm"])).toBe("watkit print: cannot write 'module.wasm': it is the input, which the output would replace\n");
    expect(readFileSync(join(dir, "module.wasm")).equals(readFileSync("corpus/c/wc.wasm"))).toBe(true);
    expect(readFileSync(join(dir, "messy.wat"), "utf8")).toBe(MESSY);
    expect(temporaries(dir)).toEqual([]);
  });

  it("refuse an output that standard input is redirected from", () => {
    const dir = workspace();
    const result = spawnSync("sh", ["-c", `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} parse - -o messy.wat < messy.wat`], { cwd: dir, encoding: "utf8" });
    expect(result).toMatchObject({ status: 1, stderr: "watkit parse: cannot write 'messy.wat': it is the file standard input reads, which the output would replace\n" });
    expect(readFileSync(join(dir, "messy.wat"), "utf8")).toBe(MESSY);
    // Piped, the same text may replace the file: what it read is all in.
    expect(spawnSync("sh", ["-c", `cat messy.wat | ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} parse - -o messy.wat`], { cwd: dir }).status).toBe(0);
  });

  it("keep a UTF-8 byte order mark the input had (fmt)", () => {
    const dir = workspace();
    writeFileSync(join(dir, "bom.wat"), "\uFEFF" + MESSY);
    expect(watkit(["fmt", "--write", "bom.wat"], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, "bom.wat"), "utf8")).toBe("\uFEFF" + format(MESSY));
    expect(watkit(["fmt", "--check", "bom.wat"], { cwd: dir }).status).toBe(0);
    expect(watkit(["fmt", "bom.wat"], { cwd: dir }).stdout).toBe("\uFEFF" + format(MESSY));
  });

  it("name the output path the user gave when it cannot be written, never a temporary file", () => {
    const dir = workspace();
    mkdirSync(join(dir, "adir"));
    const intoDirectory = watkit(["parse", "messy.wat", "-o", "adir"], { cwd: dir });
    expect(intoDirectory).toMatchObject({ status: 1, stderr: "watkit parse: cannot write 'adir': is a directory\n" });
    const missingParent = watkit(["print", join(process.cwd(), "corpus/c/wc.wasm"), "-o", "no/such/out.wat"], { cwd: dir });
    expect(missingParent).toMatchObject({ status: 1, stderr: "watkit print: cannot write 'no/such/out.wat': no such file\n" });
    expect(temporaries(dir)).toEqual([]);
  });

  it("keep the file they replace when `print -o` of a big input meets a malformed body after part of its text", () => {
    const dir = workspace();
    const bytes = readFileSync(BIG);
    const { layout } = decodeDeferred(bytes);
    const body = layout.bodies[layout.bodies.length - 10];
    // The body's last byte, its `end`, becomes an opcode that does not exist.
    bytes[body.end - 1] = 0xff;
    writeFileSync(join(dir, "bad.wasm"), bytes);
    writeFileSync(join(dir, "out.wat"), "old");
    const result = watkit(["print", "bad.wasm", "-o", "out.wat", "--jobs", "1"], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`malformed binary at offset 0x${(body.end - 1).toString(16)}`);
    expect(readFileSync(join(dir, "out.wat"), "utf8")).toBe("old");
    expect(temporaries(dir)).toEqual([]);
  });

  it.each(["SIGINT", "SIGTERM", "SIGHUP"] as const)("leave no temporary file when `print -o` of a big input is killed by %s", async (signal) => {
    const dir = workspace();
    const child = spawn(process.execPath, [CLI, "print", BIG, "-o", join(dir, "big.wat")], { stdio: "ignore" });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on("exit", (_code, received) => done(received)));
    for (let waited = 0; temporaries(dir).length === 0 && waited < 20_000; waited += 20) await sleep(20);
    expect(temporaries(dir)).toHaveLength(1);
    child.kill(signal);
    expect(await exited).toBe(signal);
    // The helper that removes the file is a process of its own: on a busy machine it may take seconds to start.
    for (let waited = 0; temporaries(dir).length > 0 && waited < 30_000; waited += 20) await sleep(20);
    expect(temporaries(dir)).toEqual([]);
    expect(existsSync(join(dir, "big.wat"))).toBe(false);
  });

  it.each([
    ["print", [BIG]],
    ["parse", ["messy.wat", "-o", "-"]],
    ["fmt", ["messy.wat"]],
    ["lint", ["messy.wat", "-f", "json"]],
    ["rewrite", ["messy.wat", "-", "--pass", "strip"]],
    ["wast", ["messy.wat"]],
  ])("report standard output that cannot be written (%s > /dev/full), exit 1 and no stack trace", (command, args) => {
    const dir = workspace();
    const full = openSync("/dev/full", "w");
    try {
      const result = spawnSync(process.execPath, [CLI, command, ...args.map((a) => (a === BIG ? join(process.cwd(), BIG) : a))], { cwd: dir, stdio: ["ignore", full, "pipe"] });
      expect([result.status, result.stderr.toString()]).toEqual([1, `watkit ${command}: cannot write standard output: no space left on the device\n`]);
    } finally {
      closeSync(full);
    }
  });
});
