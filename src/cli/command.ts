/** The shape every `watkit` command has, and the argument parser they share. */

export interface ParsedArgs {
  positional: string[];
  output?: string;
  flags: Set<string>;
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
  /** The exit status (a promise of it for commands that wait on asynchronous APIs). */
  run(args: ParsedArgs): number | Promise<number>;
}

/** `-o FILE` / `--output FILE`, `--flag`, positional arguments (`-` is stdin). */
export function parseArgs(argv: string[]): ParsedArgs {
  const args: ParsedArgs = { positional: [], flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-o" || arg === "--output") {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a file name`);
      args.output = value;
    } else if (arg.startsWith("--")) {
      args.flags.add(arg.slice(2));
    } else {
      args.positional.push(arg);
    }
  }
  return args;
}
