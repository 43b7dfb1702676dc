#!/usr/bin/env node
/** The `watkit` command: dispatches to one module per subcommand. */
import { helpText, parseArgs, UsageError, type CommandSpec } from "./command.js";
import { relaunchIfHeapTooSmall } from "./heap.js";
import { packageVersion } from "../package-version.js";
import { fmtCommand } from "./fmt-command.js";
import { linkCommand } from "./link-command.js";
import { lintCommand } from "./lint-command.js";
import { parseCommand } from "./parse-command.js";
import { printCommand } from "./print-command.js";
import { rewriteCommand } from "./rewrite-command.js";
import { runCommand } from "./run-command.js";
import { closest } from "../suggest.js";
import { validateCommand } from "./validate-command.js";
import { wastCommand } from "./wast-command.js";

const COMMANDS: CommandSpec[] = [parseCommand, printCommand, fmtCommand, lintCommand, validateCommand, wastCommand, runCommand, rewriteCommand, linkCommand];

function help(): string {
  const lines = ["usage: watkit <command> [options]", "       watkit <command> --help", "       watkit --version", "", "commands:"];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(10)} ${c.summary}`, `             ${c.usage}`);
  return lines.join("\n") + "\n";
}


function main(argv: string[]): number | Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version") {
    process.stdout.write(`watkit ${packageVersion()}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const near = closest(name, COMMANDS.map((c) => c.name));
    process.stderr.write(`watkit: unknown command '${name}'${near === undefined ? "" : `; did you mean '${near}'?`}\n\n${help()}`);
    return 2;
  }
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
    return command.run(args);
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
  process.stderr.write(`watkit ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}

// A reader that went away (`watkit print x.wasm | head`) ends the command quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const status = main(process.argv.slice(2));
if (typeof status === "number") process.exitCode = status;
else
  status.then(
    (code) => (process.exitCode = code),
    (error: unknown) => (process.exitCode = report(process.argv[2], error)),
  );
