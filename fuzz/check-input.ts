/**
 * One fuzz input through every public entry point, with the laws they must
 * keep. A binary goes through decode, validate, encode, wasm2wat (flat and
 * folded), wat2wasm, format and rewrite passes; a text through parseWat,
 * validate, wat2wasm, format (as written, flat, folded) and the passes, and
 * its encoding, when valid, through the binary checks.
 *
 * Each stage names the error classes it may throw for bad input (the
 * documented ones: `WatSyntaxError`, `WatResolveError`, `WasmDecodeError`,
 * `PassError`); any other throw, and any broken law, is a finding. The laws:
 * decode then encode gives the same bytes (canonical ones as they are, any
 * others through exact notes); printed text encodes to the same
 * bytes; a binary the host engine validates is valid with every feature
 * on; wat2wasm, which reads most texts without the parser, gives the
 * parser's path's bytes and refuses what that path refuses; format keeps
 * what the text encodes to and is idempotent; `validate` never throws and
 * calls nothing valid that the readers refuse; a pass keeps a valid module
 * valid; `lint` with every rule never throws, and its fixes keep a valid
 * text valid.
 */
import { decode, type DecodedLayout } from "../src/binary/decode.js";
import { WasmDecodeError } from "../src/binary/decode-error.js";
import { encode } from "../src/binary/encode.js";
import { addExactNotes } from "../src/binary/exact-notes.js";
import { lint } from "../src/lint/lint.js";
import { configs } from "../src/lint/registry.js";
import { format } from "../src/print/format/format.js";
import { PassError } from "../src/rewrite/pass.js";
import { rewrite } from "../src/rewrite/rewrite.js";
import { WatResolveError, WatSyntaxError } from "../src/syntax/errors.js";
import { parseWat } from "../src/syntax/parse.js";
import { validate } from "../src/validate/validate.js";
import { engineValidates } from "../src/wast/engine.js";
import { wasm2wat } from "../src/wasm2wat.js";
import { wat2wasm, watToModule } from "../src/wat2wasm.js";

export type FuzzInput = { kind: "binary"; bytes: Uint8Array } | { kind: "text"; text: string };

export interface Finding {
  /** The entry point (and what it was given) that misbehaved. */
  stage: string;
  /** What went wrong: the unexpected error, or the law broken. */
  problem: string;
  /** Where an unexpected error was thrown (a few stack frames), for the fix. */
  where?: string;
}

export interface CheckReport {
  /** Stages that refused the input with a documented error: `stage: Class: message`. */
  refused: string[];
  findings: Finding[];
  /** Round-trip laws checked and how many held. */
  roundTrips: number;
  exact: number;
  /** What `validate` said of the input (false when it refused it). */
  valid: boolean;
}

const ROUND_TRIP_DIFFERS = "round trip gives different bytes";

type ErrorClass = abstract new (...args: never[]) => Error;

const TEXT_ERRORS: readonly ErrorClass[] = [WatSyntaxError, WatResolveError];
const BINARY_ERRORS: readonly ErrorClass[] = [WasmDecodeError];
const PASS_ERRORS: readonly ErrorClass[] = [PassError];
const NONE: readonly ErrorClass[] = [];

/** Passes every module can take without arguments, each run on a fresh copy. */
const PASS_STEPS: readonly (readonly string[])[] = [["dce"], ["strip"], ["remove-unused-imports", "dce"]];

/**
 * What V8 compiles though the spec refuses it: an atomic access aligned
 * below its natural alignment (the threads proposal requires exactly the
 * natural one, as wasm-tools and wabt check).
 */
const ENGINE_LENIENCIES: readonly RegExp[] = [/^alignment must be equal to natural alignment/];

/** Texts above this size skip the formatter's laws (Prettier's layout dominates the run time). */
const FORMAT_LIMIT = 50_000;

/** decode then encode, with the notes that keep a non-canonical encoding as it was (as `wasm2wat` makes them). */
function encodeExactly(bytes: Uint8Array): Uint8Array {
  const layout: DecodedLayout = { sections: {}, bodies: [], customs: new Map(), padded: [] };
  const module = decode(bytes, { layout });
  addExactNotes(bytes, module, layout);
  return encode(module);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** The first stack frames inside the project, without the machine's paths. */
function frames(error: Error): string | undefined {
  const lines = (error.stack ?? "").split("\n").filter((l) => l.trimStart().startsWith("at "));
  return lines.slice(0, 4).map((l) => l.trim().replace(/\(?(?:file:\/\/)?\/[^()]*\/dist\//, "(")).join("; ") || undefined;
}

class Checker {
  readonly report: CheckReport = { refused: [], findings: [], roundTrips: 0, exact: 0, valid: false };

  /** Runs a stage: its result, or undefined when it threw (a documented refusal or a finding). */
  run<T>(stage: string, allowed: readonly ErrorClass[], body: () => T): T | undefined {
    try {
      return body();
    } catch (error) {
      if (error instanceof Error && allowed.some((c) => error instanceof c)) {
        this.report.refused.push(`${stage}: ${error.name}: ${error.message}`);
      } else if (error instanceof Error) {
        this.report.findings.push({ stage, problem: `${error.name}: ${error.message.split("\n")[0]}`, where: frames(error) });
      } else {
        this.report.findings.push({ stage, problem: `threw a non-error: ${String(error)}` });
      }
      return undefined;
    }
  }

  law(stage: string, holds: boolean, problem: string): void {
    if (!holds) this.report.findings.push({ stage, problem });
  }

  roundTrip(stage: string, back: Uint8Array | undefined, bytes: Uint8Array): void {
    if (back === undefined) return;
    this.report.roundTrips++;
    if (sameBytes(back, bytes)) this.report.exact++;
    else this.report.findings.push({ stage, problem: ROUND_TRIP_DIFFERS });
  }

  binary(bytes: Uint8Array, from: string): void {
    const module = this.run(`decode${from}`, BINARY_ERRORS, () => decode(bytes));
    const verdict = this.run(`validate${from}`, NONE, () => validate(bytes));
    const valid = verdict?.valid === true;
    if (from === "") this.report.valid = valid;
    this.law(`validate${from}`, !(valid && module === undefined), "calls valid a binary decode refuses");
    // The host engine as a second validator: what it compiles, watkit must call valid with every feature on. (The
    // other way round proves nothing: the engine may lack a feature watkit reads.)
    if (!valid && engineValidates(bytes)) {
      const everyFeature = this.run(`validate --features all${from}`, NONE, () => validate(bytes, { features: "all" }));
      const lenient = everyFeature?.errors.every((d) => ENGINE_LENIENCIES.some((p) => p.test(d.message))) === true;
      this.law(`validate --features all${from}`, everyFeature?.valid !== false || lenient, "calls invalid a binary the host engine validates");
    }
    this.run(`lint${from}`, NONE, () => lint(bytes, { config: configs.all }));
    if (module === undefined) return;
    const canonical = this.run(`encode${from}`, NONE, () => encode(module));
    if (canonical !== undefined) this.roundTrip(`encode of decode of encode${from}`, this.run(`decode of encode${from}`, NONE, () => encode(decode(canonical))), canonical);
    this.roundTrip(`decode with exact notes then encode${from}`, this.run(`encode with exact notes${from}`, NONE, () => encodeExactly(bytes)), bytes);
    for (const folded of [false, true]) {
      const stage = `wasm2wat${folded ? " --folded" : ""}${from}`;
      const text = this.run(stage, NONE, () => wasm2wat(bytes, { folded }));
      if (text === undefined) continue;
      this.roundTrip(`${stage} then wat2wasm`, this.run(`wat2wasm of ${stage}`, NONE, () => wat2wasm(text)), bytes);
      if (!folded && text.length <= FORMAT_LIMIT) this.formatted(text, bytes, ` of ${stage}`, NONE);
    }
    if (!valid) return;
    for (const steps of PASS_STEPS) {
      const stage = `rewrite ${steps.join(", ")}${from}`;
      const out = this.run(stage, PASS_ERRORS, () => encode(rewrite(decode(bytes), steps)));
      if (out !== undefined) this.law(stage, this.run(`validate of ${stage}`, NONE, () => validate(out).valid) === true, "makes a valid module invalid");
    }
  }

  text(text: string): void {
    const script = this.run("parseWat", TEXT_ERRORS, () => parseWat(text));
    const verdict = this.run("validate", NONE, () => validate(text));
    const valid = verdict?.valid === true;
    this.report.valid = valid;
    const bytes = this.run("wat2wasm", TEXT_ERRORS, () => wat2wasm(text));
    this.law("validate", !(valid && bytes === undefined), "calls valid a text wat2wasm refuses");
    this.law("wat2wasm", !(script === undefined && bytes !== undefined), "encodes a text parseWat refuses");
    // wat2wasm reads most texts without the parser (wat2wasm/direct-*.ts): it must give the parser's path's bytes, or refuse what that refuses.
    if (script !== undefined) {
      const parsed = this.run("the parser's path", TEXT_ERRORS, () => encode(watToModule(text)));
      if (bytes !== undefined) this.law("wat2wasm", parsed !== undefined && sameBytes(parsed, bytes), "encodes other bytes than the parser's path");
      else this.law("wat2wasm", parsed === undefined, "refuses a text the parser's path encodes");
    }
    if (text.length <= FORMAT_LIMIT) this.formatted(text, bytes, "", script === undefined ? TEXT_ERRORS : NONE);
    const fixed = this.run("lint --fix", NONE, () => lint(text, { config: configs.all, fix: true }).output);
    if (valid && fixed !== undefined) this.law("lint --fix", this.run("validate of lint --fix", NONE, () => validate(fixed).valid) === true, "fixes make a valid text invalid");
    if (bytes === undefined || !valid) return;
    this.law("validate of wat2wasm", this.run("validate of wat2wasm", NONE, () => validate(bytes).valid) === true, "the encoding of a valid text is invalid");
    this.binary(bytes, " of wat2wasm");
    for (const steps of PASS_STEPS) {
      const stage = `rewrite ${steps.join(", ")}`;
      const out = this.run(stage, PASS_ERRORS, () => encode(rewrite(watToModule(text), steps)));
      if (out !== undefined) this.law(stage, this.run(`validate of ${stage}`, NONE, () => validate(out).valid) === true, "makes a valid module invalid");
    }
  }

  /** format as written, flat and folded: each keeps what the text encodes to (when it encodes), and formatting again changes nothing. */
  formatted(text: string, bytes: Uint8Array | undefined, from: string, allowed: readonly ErrorClass[]): void {
    for (const style of ["preserve", "flat", "folded"] as const) {
      const stage = `format${style === "preserve" ? "" : ` --${style}`}${from}`;
      const out = this.run(stage, allowed, () => format(text, { instructionStyle: style }));
      if (out === undefined) continue;
      if (style === "preserve") this.law(`${stage} twice`, this.run(`${stage} twice`, NONE, () => format(out)) === out, "formatting again changes the text");
      if (bytes !== undefined) this.roundTrip(`${stage} then wat2wasm`, this.run(`wat2wasm of ${stage}`, NONE, () => wat2wasm(out)), bytes);
    }
  }
}

export function checkInput(input: FuzzInput): CheckReport {
  const checker = new Checker();
  if (input.kind === "binary") checker.binary(input.bytes, "");
  else checker.text(input.text);
  return checker.report;
}

/** A finding's identity across inputs: its stage and problem with numbers and quoted parts left out. */
export function signature(finding: Finding): string {
  return `${finding.stage}: ${finding.problem}`.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, "…").replace(/(?<![\w.])(?:0x[\da-f]+|\d+)/gi, "N");
}

/** A report as the lines a regression case expects: the verdict, every refusal, the round trips, the findings. */
export function describeReport(report: CheckReport): string {
  return [
    `valid: ${report.valid}`,
    ...(report.refused.length === 0 ? ["refused by: none"] : ["refused by:", ...report.refused.map((r) => `  ${r.split("\n")[0]}`)]),
    `round trips: ${report.roundTrips} checked, ${report.exact} exact`,
    ...(report.findings.length === 0 ? ["findings: none"] : ["findings:", ...report.findings.map((f) => `  ${f.stage}: ${f.problem}`)]),
    "",
  ].join("\n");
}
