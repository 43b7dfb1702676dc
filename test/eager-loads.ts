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
import { firstUseLoads } from "./helpers/first-use-loads.js";

export default {
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
