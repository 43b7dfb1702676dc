/**
 * Fuzz seeds: the modules of the spec testsuite's scripts (text modules as
 * text, and encoded; binary modules as bytes) and the project's corpus
 * (`corpus/**.wat`, `corpus/**.wasm`). Seeds larger than `maxSize` are left
 * out: mutating a small module reaches the same code far more often.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { concatBytes } from "../src/bytes.js";
import type { ScriptModule } from "../src/syntax/ast.js";
import { parseWat } from "../src/syntax/parse.js";
import { quotedText, wat2wasm } from "../src/wat2wasm.js";

export interface Seeds {
  binaries: Uint8Array[];
  texts: string[];
}

export interface SeedOptions {
  /** The spec testsuite's folder (default `../shared/spec-testsuite` beside the project). */
  suite?: string;
  /** The project's corpus folder (default `corpus/`). */
  corpus?: string;
  /** Seeds above this many bytes or characters are left out (default 8192). */
  maxSize?: number;
}

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The suite's folders read: the core suite, custom/, legacy/ and the proposals. */
const SUITE_FOLDERS = ["", "custom", "legacy", ...["threads", "custom-page-sizes", "wide-arithmetic"].map((p) => `proposals/${p}`)];

function filesUnder(dir: string, accept: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, accept));
    else if (accept(entry.name)) out.push(path);
  }
  return out;
}

/**
 * The text of each `(module ...)` form at the top of a script or directly
 * inside a command, found by scanning parentheses (past strings and
 * comments): parsing whole scripts would take most of a short run.
 */
export function moduleForms(source: string): string[] {
  const out: string[] = [];
  const opens: number[] = [];
  let start = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '"') {
      for (i++; i < source.length && source[i] !== '"'; i++) if (source[i] === "\\") i++;
    } else if (c === ";" && source[i + 1] === ";") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === "(" && source[i + 1] === ";") {
      let depth = 1;
      for (i += 2; i < source.length && depth > 0; i++) {
        if (source.startsWith("(;", i)) {
          depth++;
          i++;
        } else if (source.startsWith(";)", i)) {
          depth--;
          i++;
        }
      }
      i--;
    } else if (c === "(") {
      if (opens.length <= 1 && start === -1 && /^\(\s*module(?![^\s()])/.test(source.slice(i, i + 16))) start = i;
      opens.push(i);
    } else if (c === ")") {
      if (opens.pop() === start && start !== -1) {
        out.push(source.slice(start, i + 1));
        start = -1;
      }
    }
  }
  return out;
}

/** The module a form holds, or undefined when watkit does not read it (a proposal it does not support). */
function readForm(form: string): ScriptModule | undefined {
  try {
    const command = parseWat(form).commands[0];
    return command?.kind === "module" ? command.module : undefined;
  } catch {
    return undefined;
  }
}

function addForm(seeds: Seeds, form: string, maxSize: number): void {
  if (form.length > maxSize * 4) return;
  const encoded = /^\(\s*module\s+(?:definition\s+)?(?:\$\S+\s+)?(?:binary|quote)/.test(form);
  const module = encoded ? readForm(form) : undefined;
  let text: string;
  if (module?.kind === "binary") {
    const bytes = concatBytes(module.strings.map((s) => s.bytes));
    if (bytes.length <= maxSize) seeds.binaries.push(bytes);
    return;
  }
  try {
    text = module?.kind === "quote" ? quotedText(module, form) : form.replace(/^\(\s*module\s+definition/, "(module");
  } catch {
    return;
  }
  if (text.length > maxSize) return;
  seeds.texts.push(text);
  try {
    seeds.binaries.push(wat2wasm(text));
  } catch {
    // Seeds of assert_malformed commands are meant not to encode; their text is seed enough.
  }
}

export function loadSeeds(options: SeedOptions = {}): Seeds {
  const suite = options.suite ?? join(PROJECT_ROOT, "../shared/spec-testsuite");
  const corpus = options.corpus ?? join(PROJECT_ROOT, "corpus");
  const maxSize = options.maxSize ?? 8192;
  const seeds: Seeds = { binaries: [], texts: [] };
  for (const folder of SUITE_FOLDERS) {
    const dir = join(suite, folder);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(".wast")) continue;
      const source = readFileSync(join(dir, file), "utf8");
      for (const form of moduleForms(source)) addForm(seeds, form, maxSize);
    }
  }
  for (const path of filesUnder(corpus, (name) => name.endsWith(".wat") || name.endsWith(".wasm"))) {
    if (statSync(path).size > maxSize) continue;
    if (path.endsWith(".wasm")) seeds.binaries.push(new Uint8Array(readFileSync(path)));
    else seeds.texts.push(readFileSync(path, "utf8"));
  }
  return seeds;
}
