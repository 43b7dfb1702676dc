/**
 * Modules loaded by the first call that needs them rather than on import.
 *
 * Node (20.19 and later) loads an ES module synchronously through
 * `require`, and gives the same instance an import of it gets, so a
 * synchronous function can load the code only it needs when first called:
 * importing watkit then compiles only what converting needs (see
 * docs/design.md, "Packaging"). Each layer that loads another this way has
 * one module doing it, `on-first-use.ts`, which lists the modules it loads:
 *
 *     const onFirstUse = loaderFor(import.meta.url);
 *     export const parser = onFirstUse<typeof import("../syntax/parse.js")>("../syntax/parse.js");
 *
 * The specifiers are relative to that module, as an import's are;
 * scripts/bundle.mjs makes each loaded module an entry of the bundle and
 * points the call at it, test/layers.test.ts checks each load as an import,
 * and under jest (which cannot `require` an ES module on Node 20) the loads
 * are imports (test/eager-loads.ts).
 */
import { createRequire } from "node:module";

/** The loader of the modules that the module at `url` loads on first use. */
export function loaderFor(url: string): <T>(specifier: string) => () => T {
  const load = createRequire(url);
  return <T>(specifier: string) => {
    let module: T | undefined;
    return () => (module ??= loadModule(load, specifier) as T);
  };
}

function loadModule(load: NodeJS.Require, specifier: string): unknown {
  try {
    return load(specifier);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ERR_REQUIRE_ESM") throw error;
    throw new Error(`watkit loads ${specifier} when first used, through require(), which needs Node 20.19 or later (this is Node ${process.versions.node})`, { cause: error });
  }
}
