/**
 * `watkit wast file.wast... [--verbose]`: runs spec scripts on the host
 * engine. Prints each failure (and, with `--verbose`, each skip) as
 * `file:line:column: ...`, a line per file with skips giving their reasons
 * (with `--verbose` also each file's counts), and ends with `N passed, N failed, N skipped`; exits 1 when anything failed.
 */
import { countOutcomes, countsLine, outcomeLine, type ScriptReport } from "../wast/outcome.js";
import { validate } from "../validate/validate.js";
import { scriptProposals } from "../wast/features.js";
import { runScript } from "../wast/run-script.js";
import { FileError, readText } from "./io.js";
import { formatError } from "./report.js";
import { featuresOption, givenFeatures, UsageError, type CommandSpec } from "./command.js";
import { DEFAULT_PROFILE } from "../isa/features.js";

const FEATURES = featuresOption(`${DEFAULT_PROFILE} and the proposal of the script's folder`);

export const wastCommand: CommandSpec = {
  name: "wast",
  summary: "run WebAssembly spec scripts (.wast) on the host engine",
  usage: "watkit wast <file.wast>... [--verbose] [--features LIST]",
  options: [
    { name: "verbose", help: "also print each skipped assertion with its reason, and each file's counts" },
    { ...FEATURES, help: `${FEATURES.help}; a module using a feature outside them is invalid` },
  ],
  run(args) {
    const { positional, flags } = args;
    if (positional.length === 0) throw new UsageError(`expected scripts to run\nusage: ${this.usage}`);
    const verbose = flags.has("verbose");
    const given = givenFeatures(args);
    const reports: ScriptReport[] = [];
    let unreadable = 0;
    for (const input of positional) {
      const file = input === "-" ? "<stdin>" : input;
      let source: string;
      try {
        const text = readText(input);
        if (typeof text !== "string") throw new Error("the script is larger than the runner reads (one JS string)");
        source = text;
      } catch (error) {
        const message = error instanceof FileError ? `watkit wast: ${error.message}` : formatError(error instanceof TypeError ? new Error("input is not valid UTF-8") : error, file);
        process.stderr.write(message + "\n");
        unreadable++;
        continue;
      }
      let report: ScriptReport;
      const proposals = scriptProposals(file);
      // A script of a proposal's folder may use the proposal, as in wasm-tools' test runner.
      const features = given ?? [DEFAULT_PROFILE, ...proposals.map((p) => `+${p}`)];
      try {
        report = runScript(source, file, {
          print: (line) => process.stdout.write(`${line}\n`),
          validate: (bytes, model) => validate(model ?? bytes, { features, proposals }),
        });
      } catch (error) {
        process.stderr.write(formatError(error, file, source) + "\n");
        unreadable++;
        continue;
      }
      reports.push(report);
      const reasons = new Map<string, number>();
      for (const c of report.commands) {
        if (c.outcome.kind === "skipped") reasons.set(c.outcome.reason, (reasons.get(c.outcome.reason) ?? 0) + 1);
        if (c.outcome.kind === "failed" || (verbose && c.outcome.kind === "skipped")) process.stdout.write(`${outcomeLine(file, c)}\n`);
      }
      for (const [reason, n] of reasons) process.stdout.write(`${file}: ${n} skipped: ${reason}\n`);
      if (verbose) process.stdout.write(`${file}: ${countsLine(countOutcomes([report]))}\n`);
    }
    const counts = countOutcomes(reports);
    counts.failed += unreadable;
    process.stdout.write(`${countsLine(counts)}\n`);
    return counts.failed > 0 ? 1 : 0;
  },
};
