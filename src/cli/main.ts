#!/usr/bin/env node
/**
 * The `watkit` command: dispatches to one module per subcommand. A run
 * loads only its command's module (and what that imports): a process that
 * converts one file does not read and compile the linker, the linter and
 * the rewrite passes too.
 */
import { helpText, parseArgs, UsageError, type CommandSpec } from "./command.js";
import { relaunchIfHeapTooSmall } from "./heap.js";
import { isWriteFailure, stdoutError } from "./io.js";
import { packageVersion } from "../package-version.js";
import { closest } from "../suggest.js";

/** Every command by name, in the order the help lists them; each loads its module. */
const COMMANDS: Record<string, () => Promise<CommandSpec>> = {
  parse: async () => (await import("./parse-command.js")).parseCommand,
  print: async () => (await import("./print-command.js")).printCommand,
  fmt: async () => (await import("./fmt-command.js")).fmtCommand,
  lint: async () => (await import("./lint-command.js")).lintCommand,
  validate: async () => (await import("./validate-command.js")).validateCommand,
  wast: async () => (await import("./wast-command.js")).wastCommand,
  run: async () => (await import("./run-command.js")).runCommand,
  rewrite: async () => (await import("./rewrite-command.js")).rewriteCommand,
  link: async () => (await import("./link-command.js")).linkCommand,
};

async function help(): Promise<string> {
  const lines = ["usage: watkit <command> [options]", "       watkit <command> --help", "       watkit --version", "", "commands:"];
  for (const load of Object.values(COMMANDS)) {
    const c = await load();
    lines.push(`  ${c.name.padEnd(10)} ${c.summary}`, `             ${c.usage}`);
  }
  return lines.join("\n") + "\n";
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(await help());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version") {
    process.stdout.write(`watkit ${packageVersion()}\n`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    const near = closest(name, Object.keys(COMMANDS));
    process.stderr.write(`watkit: unknown command '${name}'${near === undefined ? "" : `; did you mean '${near}'?`}\n\n${await help()}`);
    return 2;
  }
  const command = await COMMANDS[name]();
  try {
    const args = parseArgs(rest, command.options);
    if (args.flags.has("help")) {
      if (command.help !== undefined) return command.help(args);
      process.stdout.write(helpText(command));
      return 0;
    }
    if (command.heapPerInputByte !== undefined) {
      const relaunched = relaunchIfHeapTooSmall(args.positional, command.heapPerInputByte, argv);
      if (relaunched !== undefined) return relaunched;
    }
    return await command.run(args);
  } catch (error) {
    return report(name, error);
  }
}

/** A usage mistake exits 2 with a pointer to the help; anything else exits 1. */
function report(name: string, error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`watkit ${name}: ${error.message}\n(see \`watkit ${name} --help\`)\n`);
    return 2;
  }
  // Commands write their own files through io.ts, which names them: a failed write of Node's is standard output's.
  const shown = isWriteFailure(error) ? stdoutError(error) : error;
  const who = Object.hasOwn(COMMANDS, name) ? `watkit ${name}` : "watkit";
  process.stderr.write(`${who}: ${shown instanceof Error ? shown.message : String(shown)}\n`);
  return 1;
}

// A reader that went away (`watkit print x.wasm | head`) ends the command quietly; any other failure is reported.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  process.exit(error.code === "EPIPE" ? 0 : report(process.argv[2], error));
});

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => report(process.argv[2], error));
