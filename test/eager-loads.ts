/**
 * A jest transform of the modules that load others on first use
 * (`on-first-use.js`, see src/load-on-first-use.ts): each load becomes an
 * import. Jest runs the tests' modules in its own module registry, whose
 * `require` cannot load an ES module on Node 20, while Node's own would
 * load a second copy of every module beside jest's (two classes of each
 * error); so under jest the modules are loaded on import, as before they
 * were loaded on first use. The loads themselves are exercised by the tests
 * that run watkit in a process of its own (test/cli, test/api/packed-package).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { firstUseLoads } from "./helpers/first-use-loads.js";

/** This transform's own code, which jest's cache of transformed files does not otherwise see change. */
const SELF = [import.meta.url, new URL("./helpers/first-use-loads.js", import.meta.url).href].map((url) => readFileSync(fileURLToPath(url))).join("\n");

export default {
  getCacheKey(source: string, path: string): string {
    return createHash("sha256").update(SELF).update(path).update(source).digest("hex");
  },

  process(source: string, path: string): { code: string } {
    const loads = firstUseLoads(source);
    if (loads === undefined || loads.length === 0) throw new Error(`${path}: expected a module that loads others with loaderFor(import.meta.url)`);
    let code = "";
    let at = 0;
    loads.forEach((load, k) => {
      code += `${source.slice(at, load.start)}() => loadedOnImport${k}`;
      at = load.end;
    });
    const imports = loads.map((load, k) => `import * as loadedOnImport${k} from ${JSON.stringify(load.specifier)};\n`).join("");
    return { code: imports + code + source.slice(at) };
  },
};
