/** add-wat: adds module fields written in WAT, which may use the module's entities by $name or index. */
import { PassError, type Pass } from "../pass.js";
import { addWat } from "../snippet.js";

export const addWatPass: Pass = {
  name: "add-wat",
  summary: "add functions, globals, exports, data, ... written in WAT",
  usage: "add-wat=FILE.wat",
  details:
    "The file holds module fields (or a whole `(module ...)`); its references to the module's entities\n" +
    "are by $name or index, its own definitions shadow the module's names, its type uses reuse the\n" +
    "module's types. New imports join the imports, everything else goes after what the module has.",
  example: "watkit rewrite app.wasm --pass add-wat=probe.wat -o app.wasm",
  run(module, arg, host) {
    if (arg === undefined || arg === "") throw new PassError("add-wat", "needs a FILE.wat");
    addWat(module, new TextDecoder("utf-8", { fatal: true }).decode(host.readFile(arg)));
  },
};
