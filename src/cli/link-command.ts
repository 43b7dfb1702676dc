/**
 * `watkit link a.o b.o libx.a ... -o out.wasm`: a static linker for wasm32
 * objects (clang's non-PIC output), with wasm-ld's options. `--sysroot DIR`
 * adds what clang adds for wasm32-wasi: `DIR/lib/wasm32-wasi/crt1-command.o`
 * first, then `libc.a` and compiler-rt's builtins archive after the inputs.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { link } from "../link/link.js";
import { LinkError } from "../link/link-error.js";
import { readInput, refuseInputAsOutput, writeOutput } from "./io.js";
import { OUTPUT_OPTION, UsageError, type CommandSpec, type ParsedArgs } from "./command.js";

export const linkCommand: CommandSpec = {
  name: "link",
  summary: "link wasm32 object files (clang -c) and archives into one module, as wasm-ld does",
  usage: "watkit link <in.o|lib.a>... -o out.wasm [--sysroot DIR] [--entry NAME | --no-entry] [--export NAME]... [options]",
  options: [
    { ...OUTPUT_OPTION, help: "write the linked module to FILE (default a.out.wasm; `-` is stdout)" },
    { name: "sysroot", value: "DIR", help: "add the WASI startup object and libc under DIR (Debian: /usr) and compiler-rt's builtins, as clang does" },
    { name: "entry", value: "NAME", help: "the entry function, exported (default _start)" },
    { name: "no-entry", help: "no entry function (a library or reactor)" },
    { name: "export", value: "NAME", multiple: true, help: "export symbol NAME (a data symbol as a global holding its address); repeatable" },
    { name: "allow-undefined", help: "import undefined functions instead of failing" },
    { name: "export-table", help: "export the indirect function table as __indirect_function_table" },
    { name: "growable-table", help: "give the indirect function table no maximum" },
    { name: "global-base", value: "N", help: "where data starts in memory (default 1024)" },
    { name: "z", short: "z", value: "stack-size=N", multiple: true, help: "-z stack-size=N: the stack's size in bytes, a multiple of 16 (default 65536)" },
    { name: "gc-sections", help: "drop functions and data nothing reaches (the default)" },
    { name: "no-gc-sections", help: "keep every function and data segment of the linked files" },
  ],
  heapPerInputByte: 40,
  run(args) {
    if (args.positional.length === 0) throw new UsageError(`expected input files\nusage: ${this.usage}`);
    const sysroot = args.values.get("sysroot")?.at(-1);
    const files = [...(sysroot === undefined ? [] : [join(sysroot, "lib/wasm32-wasi/crt1-command.o")]), ...args.positional, ...(sysroot === undefined ? [] : sysrootLibraries(sysroot))];
    const output = args.output ?? "a.out.wasm";
    refuseInputAsOutput(files, output);
    const inputs = files.map((name) => ({ name, bytes: readInput(name) }));
    try {
      const { bytes } = link(inputs, { ...linkOptions(args), warn: (message) => process.stderr.write(`watkit link: warning: ${message}\n`) });
      writeOutput(output, bytes);
      return 0;
    } catch (error) {
      if (!(error instanceof LinkError)) throw error;
      process.stderr.write(`watkit link: error: ${error.message}\n`);
      return 1;
    }
  },
};

function linkOptions(args: ParsedArgs) {
  const last = (name: string) => args.values.get(name)?.at(-1);
  const number = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw new UsageError(`${name} ${value}: expected a non-negative integer`);
    return Number(value);
  };
  let stackSize: number | undefined;
  for (const z of args.values.get("z") ?? []) {
    const match = /^stack-size=(.*)$/.exec(z);
    if (match === null) throw new UsageError(`-z ${z}: the only -z option is stack-size=N`);
    stackSize = number("-z stack-size", match[1]);
    if (stackSize! % 16 !== 0) throw new UsageError(`-z stack-size=${stackSize}: the stack size must be a multiple of 16`);
  }
  if (args.flags.has("no-entry") && last("entry") !== undefined) throw new UsageError("--entry and --no-entry exclude each other");
  return {
    entry: last("entry"),
    noEntry: args.flags.has("no-entry"),
    exports: args.values.get("export") ?? [],
    allowUndefined: args.flags.has("allow-undefined"),
    exportTable: args.flags.has("export-table"),
    growableTable: args.flags.has("growable-table"),
    globalBase: number("--global-base", last("global-base")),
    stackSize,
    gcSections: !args.flags.has("no-gc-sections"),
  };
}

/** libc, then compiler-rt's builtins for wasm32-wasi from the LLVM under the sysroot (clang's resource directory). */
function sysrootLibraries(sysroot: string): string[] {
  const libc = join(sysroot, "lib/wasm32-wasi/libc.a");
  const builtins: string[] = [];
  const llvm = join(sysroot, "lib");
  for (const dir of existsSync(llvm) ? readdirSync(llvm).filter((d) => /^llvm-\d+$/.test(d)).sort().reverse() : []) {
    const clang = join(llvm, dir, "lib/clang");
    for (const version of existsSync(clang) ? readdirSync(clang) : []) {
      const archive = join(clang, version, "lib/wasi/libclang_rt.builtins-wasm32.a");
      if (existsSync(archive) && builtins.length === 0) builtins.push(archive);
    }
  }
  return [libc, ...builtins];
}
