/** The shape every `watkit` command has, and the argument parser they share. */

export interface ParsedArgs {
  positional: string[];
  output?: string;
  flags: Set<string>;
  /** Options that take a value (`CommandSpec.valued`), each in command-line order. */
  values: Map<string, string[]>;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  /**
   * Heap the command needs per byte of its input files (positional
   * arguments); a larger input relaunches the process with a larger heap.
   */
  heapPerInputByte?: number;
  /** Long options that take a value: `--NAME VALUE` or `--NAME=VALUE`, repeatable. */
  valued?: readonly string[];
  run(args: ParsedArgs): number;
}

/** `-o FILE` / `--output FILE`, `--flag`, `--valued VALUE`, positional arguments (`-` is stdin). */
export function parseArgs(argv: string[], valued: readonly string[] = []): ParsedArgs {
  const args: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-o" || arg === "--output") {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a file name`);
      args.output = value;
    } else if (arg.startsWith("--") && valued.includes(arg.slice(2).split("=")[0])) {
      const eq = arg.indexOf("=");
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new Error(`${arg} needs a value`);
      args.values.set(name, [...(args.values.get(name) ?? []), value]);
    } else if (arg.startsWith("--")) {
      args.flags.add(arg.slice(2));
    } else {
      args.positional.push(arg);
    }
  }
  return args;
}
