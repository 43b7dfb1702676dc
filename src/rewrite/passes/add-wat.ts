/** add-wat: adds module fields written in WAT, which may use the module's entities by $name or index. */
import { PassError, type Pass } from "../pass.js";
import { addWat, readText } from "../snippet.js";

export const addWatPass: Pass = {
  name: "add-wat",
  summary: "add functions, globals, exports, data, ... written in WAT",
  usage: "add-wat=FILE.wat",
  details:
    "The file holds module fields (or a whole `(module ...)`); its references to the module's entities\n" +
    "are by $name or by an index of the module as given to rewrite (what `watkit print` of it shows;\n" +
    "an index whose entity an earlier step removed is an error), its own definitions shadow the module's names, its type uses reuse the\n" +
    "module's types. New imports join the imports, everything else goes after what the module has.",
  example: "watkit rewrite app.wasm --pass add-wat=probe.wat -o app.wasm",
  run(module, arg, host) {
    if (arg === undefined || arg === "") throw new PassError("add-wat", "needs a FILE.wat");
    addWat(module, readText(host, arg, "add-wat"), { file: arg, input: host.input });
  },
};
