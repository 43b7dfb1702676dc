/** The shape every `watkit` command has, and the argument parser they share. */

export interface ParsedArgs {
  positional: string[];
  output?: string;
  flags: Set<string>;
  /** Values of the options the command declares in `valueOptions`, in order (`--dir a --dir b`). */
  values: Map<string, string[]>;
  /** What follows `--`, untouched (arguments for the program `watkit run` runs). */
  rest: string[];
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
  /** Options that take a value (`--dir PATH`, or `--dir=PATH`). */
  valueOptions?: string[];
  /** The exit status (a promise of it for commands that wait on asynchronous APIs). */
  run(args: ParsedArgs): number | Promise<number>;
}

/** `-o FILE` / `--output FILE`, `--flag`, `--name VALUE` for `valueOptions`, positional arguments (`-` is stdin), `--` then the rest. */
export function parseArgs(argv: string[], valueOptions: readonly string[] = []): ParsedArgs {
  const args: ParsedArgs = { positional: [], flags: new Set(), values: new Map(), rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith("--") ? splitOnce(arg.slice(2), "=") : ["", undefined];
    if (arg === "--") {
      args.rest = argv.slice(i + 1);
      break;
    } else if (valueOptions.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`--${name} needs a value`);
      args.values.set(name, [...(args.values.get(name) ?? []), value]);
    } else if (arg === "-o" || arg === "--output") {
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

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
