/**
 * Jest's Node environment, with the test files' global object an ordinary
 * object. Jest makes its global a contextified Proxy, and in Node 20 every
 * read of a global name (`Math`, `String`, `Uint8Array`, ...) from code in
 * such a context goes through the context's interceptor and then the Proxy:
 * watkit's loops run two to four times slower under jest than outside it.
 * A context made with `vm.constants.DONT_CONTEXTIFY` (Node 20.18 and later)
 * has an ordinary global, so the code runs at its own speed; jest sets up
 * everything else on it as usual.
 *
 * What is given up is the Proxy's bookkeeping, which deletes at teardown the
 * globals a test file set; each file gets a fresh environment anyway.
 *
 * Each test file also gets a temporary directory of its own as `TMPDIR`,
 * which `os.tmpdir()` and the processes a test starts use, removed with
 * everything in it when the file is done: a file's temporary files do not
 * outlive it, however it ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as Vm from "node:vm";

const require = createRequire(import.meta.url);
// The package's types describe its CommonJS build, where the class is `exports.default`.
const { default: NodeEnvironment } = require("jest-environment-node") as typeof import("jest-environment-node", { with: { "resolution-mode": "require" } });
// The CommonJS object of node:vm, which jest-environment-node reads `createContext` from at each call.
const vm = require("node:vm") as typeof Vm;

type Arguments = ConstructorParameters<typeof NodeEnvironment>;

export default class PlainGlobalEnvironment extends NodeEnvironment {
  constructor(...args: Arguments) {
    const createContext = vm.createContext;
    // Node before 20.18 has no such constant: there the context stays contextified.
    const plain = vm.constants.DONT_CONTEXTIFY as typeof vm.constants.DONT_CONTEXTIFY | undefined;
    if (plain !== undefined) vm.createContext = (() => createContext(plain)) as typeof vm.createContext;
    try {
      super(...args);
    } finally {
      vm.createContext = createContext;
    }
  }

  private outerTmpdir: string | undefined;
  private ownTmpdir: string | undefined;

  override async setup(): Promise<void> {
    await super.setup();
    this.outerTmpdir = process.env.TMPDIR;
    this.ownTmpdir = mkdtempSync(join(tmpdir(), "watkit-test-"));
    process.env.TMPDIR = this.ownTmpdir;
  }

  override async teardown(): Promise<void> {
    if (this.outerTmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = this.outerTmpdir;
    if (this.ownTmpdir !== undefined) rmSync(this.ownTmpdir, { recursive: true, force: true });
    await super.teardown();
  }
}
