/** The test files' environment (environment.ts): jest uses it, its vm context is an ordinary global object, and each file has a temporary directory of its own. */
import { describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type * as Vm from "node:vm";
import PlainGlobalEnvironment from "./environment.js";

type Arguments = ConstructorParameters<typeof PlainGlobalEnvironment>;

/** The least of jest's configuration the Node environment reads. */
const CONFIG = { projectConfig: { testEnvironmentOptions: {}, globals: {}, fakeTimers: {} }, globalConfig: {} } as unknown as Arguments[0];
const CONTEXT = { console, docblockPragmas: {}, testPath: "example.test.js" } as unknown as Arguments[1];

describe("the test environment", () => {
  it("is the one package.json configures", () => {
    const config = JSON.parse(readFileSync("package.json", "utf8")) as { jest: { testEnvironment: string } };
    expect(config.jest.testEnvironment).toBe("<rootDir>/dist/test/environment.js");
  });

  it("compiles test files in a context that is their global object itself, not a contextified wrapper of it", async () => {
    const environment = new PlainGlobalEnvironment(CONFIG, CONTEXT);
    try {
      expect(environment.getVmContext()).toBe(environment.global);
      expect(createRequire(import.meta.url)("node:vm").runInContext("Math.max(1, 2)", environment.getVmContext())).toBe(2);
    } finally {
      await environment.teardown();
    }
  });

  it("gives each test file a temporary directory of its own", () => {
    expect(basename(tmpdir())).toMatch(/^watkit-test-/);
    expect(existsSync(tmpdir())).toBe(true);
  });

  it("removes a file's temporary directory with what is in it at teardown, and restores TMPDIR", async () => {
    const outer = process.env.TMPDIR;
    const environment = new PlainGlobalEnvironment(CONFIG, CONTEXT);
    await environment.setup();
    const own = process.env.TMPDIR!;
    expect(own).not.toBe(outer);
    expect(basename(own)).toMatch(/^watkit-test-/);
    writeFileSync(join(own, "left.txt"), "x");
    await environment.teardown();
    expect(existsSync(own)).toBe(false);
    expect(process.env.TMPDIR).toBe(outer);
  });

  it("leaves node:vm's createContext as it found it", () => {
    const vm = createRequire(import.meta.url)("node:vm") as typeof Vm;
    const before = vm.createContext;
    new PlainGlobalEnvironment(CONFIG, CONTEXT);
    expect(vm.createContext).toBe(before);
  });
});
