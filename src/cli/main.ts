#!/usr/bin/env node
/** The `watkit` command: dispatches to one module per subcommand. */
import { parseArgs, type CommandSpec } from "./command.js";
import { relaunchIfHeapTooSmall } from "./heap.js";
import { fmtCommand } from "./fmt-command.js";
import { lintCommand } from "./lint-command.js";
import { parseCommand } from "./parse-command.js";
import { printCommand } from "./print-command.js";
import { rewriteCommand } from "./rewrite-command.js";
import { runCommand } from "./run-command.js";
import { validateCommand } from "./validate-command.js";
import { wastCommand } from "./wast-command.js";

const COMMANDS: CommandSpec[] = [parseCommand, printCommand, fmtCommand, lintCommand, validateCommand, wastCommand, runCommand, rewriteCommand];

function help(): string {
  const lines = ["usage: watkit <command> [options]", "", "commands:"];
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(10)} ${c.summary}`, `             ${c.usage}`);
  return lines.join("\n") + "\n";
}

function main(argv: string[]): number | Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`watkit: unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  try {
    const args = parseArgs(rest, command.valueOptions);
    if (command.heapPerInputByte !== undefined) {
      const relaunched = relaunchIfHeapTooSmall(args.positional, command.heapPerInputByte, argv);
      if (relaunched !== undefined) return relaunched;
    }
    return command.run(args);
  } catch (error) {
    process.stderr.write(`watkit ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

const status = main(process.argv.slice(2));
if (typeof status === "number") process.exitCode = status;
else
  status.then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      process.stderr.write(`watkit: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
