/**
 * The spec testsuite as test data: its script files, read from
 * `../shared/spec-testsuite` (never copied into the repository), parsed with
 * watkit's own script parser.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Command, EncodedModuleNode, Script, ScriptModule } from "../../src/syntax/ast.js";
import { parseWat } from "../../src/syntax/parse.js";
import { SourceTokens } from "../../src/syntax/source-tokens.js";
import { quotedText, wat2wasm } from "../../src/wat2wasm.js";

export const SPEC_ROOT = resolve(process.cwd(), "../shared/spec-testsuite");

/** The proposals this project reads beyond WebAssembly 3.0, each a folder of the suite with a summary line of its own. */
export const PROPOSAL_FOLDERS = [
  "proposals/threads",
  "proposals/wide-arithmetic",
  "proposals/custom-page-sizes",
  "proposals/stack-switching",
  "proposals/compact-import-section",
  "proposals/custom-descriptors",
  "proposals/shared-everything-threads",
];

/**
 * Scripts of those folders that are not about core modules, with the
 * reason: watkit reads core WebAssembly, not the component model.
 */
export const OUT_OF_SCOPE: Readonly<Record<string, string>> = {
  "proposals/shared-everything-threads/shared-builtins.wast": "component-model scripts ((component ...), canon thread.spawn)",
};

/**
 * Assertions of proposals/threads that the core suite contradicts, by
 * `file:line` of the command, with the reason: the proposal folder predates
 * WebAssembly 2.0's multiple tables, 3.0's multiple memories, and the core
 * memory.wast's reading of `(memory 0x1_0000_0000)` as well-formed but
 * invalid; and modules of proposals/custom-descriptors that the core suite
 * calls invalid (a cast whose target is not below its source type). The
 * core suite wins: every sweep and the `watkit wast` run count
 * these as superseded, not failed; any other assertion that fails counts as
 * failed, and a listed one that passes makes the list stale (a test says so).
 */
export const SUPERSEDED: Readonly<Record<string, string>> = {
  "proposals/threads/imports.wast:309": "multiple tables (valid since 2.0)",
  "proposals/threads/imports.wast:313": "multiple tables (valid since 2.0)",
  "proposals/threads/imports.wast:317": "multiple tables (valid since 2.0)",
  "proposals/threads/imports.wast:404": "multiple memories (valid since 3.0)",
  "proposals/threads/imports.wast:408": "multiple memories (valid since 3.0)",
  "proposals/threads/imports.wast:412": "multiple memories (valid since 3.0)",
  "proposals/threads/memory.wast:14": "multiple memories (valid since 3.0)",
  "proposals/threads/memory.wast:15": "multiple memories (valid since 3.0)",
  "proposals/threads/memory.wast:83": "memory limit above 2^32 pages is well-formed (core memory.wast)",
  "proposals/threads/memory.wast:87": "memory limit above 2^32 pages is well-formed (core memory.wast)",
  "proposals/threads/memory.wast:91": "memory limit above 2^32 pages is well-formed (core memory.wast)",
  "proposals/custom-descriptors/br_on_cast.wast:211": "a cast target outside the source type (core br_on_cast.wast:235 says invalid)",
  "proposals/custom-descriptors/br_on_cast_fail.wast:226": "a cast target outside the source type (core br_on_cast_fail.wast:253 says invalid)",
};

/** Whether the command of `file` at `line` (1-based) is one the core suite supersedes. */
export function isSuperseded(file: string, line: number): boolean {
  return Object.hasOwn(SUPERSEDED, `${file}:${line}`);
}

/** The folders this project conforms to: the core suite, custom/, legacy/ and the proposals. */
const FOLDERS = ["", "custom", "legacy", ...PROPOSAL_FOLDERS];

export interface SpecFile {
  /** Path relative to the suite root, e.g. `legacy/try_catch.wast`. */
  name: string;
  source: string;
  script: Script;
  /** The tokens the parse recorded (what the formatter lays out). */
  tokens: SourceTokens;
}

export function specFileNames(): string[] {
  const names: string[] = [];
  for (const folder of FOLDERS) {
    for (const entry of readdirSync(join(SPEC_ROOT, folder)).sort()) {
      const name = relative(SPEC_ROOT, join(SPEC_ROOT, folder, entry));
      if (entry.endsWith(".wast") && !Object.hasOwn(OUT_OF_SCOPE, name)) names.push(name);
    }
  }
  return names;
}

export function readSpecFile(name: string): SpecFile {
  const source = readFileSync(join(SPEC_ROOT, name), "utf8");
  const tokens = new SourceTokens();
  return { name, source, script: parseWat(source, { tokens }), tokens };
}

/** The text of a text module command, as a standalone `.wat` (without the script-only `definition` keyword). */
export function moduleText(source: string, command: Command & { kind: "module" }): string {
  const text = source.slice(command.module.start, command.module.end);
  return command.module.definition ? text.replace(/^\(\s*module\s+definition/, "(module") : text;
}

/** The module a command defines or asserts about, if any. */
export function commandModule(command: Command): ScriptModule | undefined {
  switch (command.kind) {
    case "module":
    case "assert_malformed":
    case "assert_invalid":
    case "assert_unlinkable":
    case "assert_uninstantiable":
    case "assert_malformed_custom":
    case "assert_invalid_custom":
    case "assert_trap":
      return command.module;
    default:
      return undefined;
  }
}

/** Modules that must be valid: plain module commands and those of assertions about running them. */
export function validModules(commands: Command[]): ScriptModule[] {
  const out: ScriptModule[] = [];
  for (const c of commands) {
    if (c.kind === "module" || c.kind === "assert_unlinkable" || c.kind === "assert_uninstantiable") out.push(c.module);
    else if (c.kind === "assert_trap" && c.module) out.push(c.module);
  }
  return out;
}

/** The `.wat` text of a text or quoted module of a script. */
export function textOf(source: string, module: ScriptModule): string {
  if (module.kind === "binary") throw new Error("a binary module has no text");
  return module.kind === "quote" ? quotedText(module, source) : moduleText(source, { kind: "module", module, start: 0, end: 0 });
}

function encodedBytes(module: EncodedModuleNode): Uint8Array {
  return new Uint8Array(Buffer.concat(module.strings.map((s) => s.bytes)));
}

/**
 * The modules of a spec script that have a binary, with the line of their
 * command: text ones encoded (with every feature; an invalid one too when
 * it encodes), binary ones as written; none of `assert_malformed`.
 */
export function specBinaries(name: string): { line: number; bytes: Uint8Array }[] {
  const { source, script } = readSpecFile(name);
  const out: { line: number; bytes: Uint8Array }[] = [];
  for (const command of script.commands) {
    const module = commandModule(command);
    if (module === undefined || command.kind === "assert_malformed") continue;
    const line = source.slice(0, command.start).split("\n").length;
    if (module.kind === "binary") {
      out.push({ line, bytes: encodedBytes(module) });
      continue;
    }
    try {
      out.push({ line, bytes: wat2wasm(textOf(source, module), { features: "all" }) });
    } catch {
      // Modules that do not encode (assert_invalid ones that fail to resolve) have no binary.
    }
  }
  return out;
}
