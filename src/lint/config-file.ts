/**
 * The flat configuration file: `watkit.config.js`, `.mjs` or `.json` (or a
 * `"watkit"` key in package.json), found in the working directory or the
 * nearest directory above it. A config is an array of objects (or one
 * object); an object with `files` applies to the files it matches, one with
 * only `ignores` ignores files everywhere. The strings "watkit:recommended"
 * and "watkit:all" stand for the presets.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, type ConfigObject } from "./config.js";
import { matchesGlob } from "./glob.js";
import { configs } from "./registry.js";

export interface LoadedConfig {
  /** Where the config was read from (undefined: none found). */
  file?: string;
  /** Paths in `files`/`ignores` are relative to this directory. */
  base: string;
  objects: ConfigObject[];
}

const NAMES = ["watkit.config.js", "watkit.config.mjs", "watkit.config.json"];

/** Files linted when a directory is named and no config says otherwise. */
export const DEFAULT_FILES = ["**/*.wat", "**/*.wasm"];
const DEFAULT_IGNORES = ["**/node_modules/", "**/.git/"];

export async function loadConfig(start: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit !== undefined) return { file: resolve(explicit), base: dirname(resolve(explicit)), objects: await readConfig(resolve(explicit)) };
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) return { file, base: dir, objects: await readConfig(file) };
    }
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      const data = parseJson(pkg) as { watkit?: unknown };
      if (data.watkit !== undefined) return { file: pkg, base: dir, objects: objectsOf(data.watkit, pkg) };
    }
    if (dirname(dir) === dir) return { base: resolve(start), objects: [] };
  }
}

async function readConfig(file: string): Promise<ConfigObject[]> {
  if (file.endsWith(".json")) return objectsOf(parseJson(file), file);
  try {
    const loaded = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return objectsOf(loaded.default, file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const KEYS = new Set(["name", "files", "ignores", "rules", "linterOptions"]);

function objectsOf(value: unknown, file: string): ConfigObject[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((o, i) => {
    // JSON cannot import the presets: it names them.
    if (o === "watkit:recommended" || o === "watkit:all") return configs[o.slice(7) as "recommended" | "all"];
    if (typeof o !== "object" || o === null) throw new ConfigError(`${file}: config object ${i} is not an object`);
    const unknown = Object.keys(o).filter((k) => !KEYS.has(k));
    if (unknown.length > 0) throw new ConfigError(`${file}: config object ${i} has unknown key '${unknown[0]}'`);
    return o as ConfigObject;
  });
}

/** Whether a file is ignored: by a global `ignores` object, or by the defaults (node_modules, .git). */
export function isIgnored(config: LoadedConfig, path: string): boolean {
  return ignoredBy(config, path) !== undefined;
}

/** The pattern that ignores a file, and whether it is one of the defaults; undefined when none does. */
export function ignoredBy(config: LoadedConfig, path: string): { pattern: string; byDefault: boolean } | undefined {
  const rel = relative(config.base, resolve(path)).split("\\").join("/");
  const byDefault = DEFAULT_IGNORES.find((p) => matchesGlob(rel, p));
  if (byDefault !== undefined) return { pattern: byDefault, byDefault: true };
  const global = config.objects.filter((o) => o.ignores && Object.keys(o).every((k) => k === "ignores" || k === "name"));
  const pattern = global.flatMap((o) => o.ignores!).find((p) => matchesGlob(rel, p));
  return pattern === undefined ? undefined : { pattern, byDefault: false };
}

/** Whether a directory walk should pick a file up: a default pattern or one a config object names. */
export function isLintable(config: LoadedConfig, path: string): boolean {
  const rel = relative(config.base, resolve(path)).split("\\").join("/");
  const patterns = [...DEFAULT_FILES, ...config.objects.flatMap((o) => o.files ?? [])];
  return patterns.some((p) => matchesGlob(rel, p));
}

/** The config objects that apply to one file, in order. */
export function objectsFor(config: LoadedConfig, path: string): ConfigObject[] {
  const rel = relative(config.base, resolve(path)).split("\\").join("/");
  return config.objects.filter((o) => {
    if (o.ignores && Object.keys(o).every((k) => k === "ignores" || k === "name")) return false;
    if (o.files && !o.files.some((p) => matchesGlob(rel, p))) return false;
    return !(o.ignores ?? []).some((p) => matchesGlob(rel, p));
  });
}
