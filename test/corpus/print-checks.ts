/**
 * Every check that prints a compiler-output binary in this process, made in
 * one pass per binary so each text is printed (and parsed) once:
 *
 * - round trip: `wat2wasm(wasm2wat(bytes))` is `bytes`, names, custom
 *   sections, DWARF and padded LEB128 numbers included, flat and folded, for
 *   every corpus binary and every npm binary up to IN_PROCESS_LIMIT (larger
 *   ones go through the CLI: roundtrip.test.ts);
 * - one layout for `print` and `fmt` (`src/print/layout.ts`): formatting
 *   what wasm2wat printed changes nothing, flat or folded, with names or
 *   without, for every corpus binary;
 * - wasm-tools (through jco) reads the print of every corpus binary as the
 *   same module: its encoding of the text is watkit's canonical encoding of
 *   the binary, and every custom section sits where the binary had it. Two
 *   sections are left out of the comparison, each for a stated reason: the
 *   name section, which wasm-tools rebuilds from the `$ids` and writes last;
 *   and the data count section, which wasm-tools writes only when code uses
 *   `memory.init` or `data.drop` (AssemblyScript writes one always), a known
 *   section rather than a custom one. Object files are printed with
 *   `rawCustom`: wasm-tools knows no `(@linking ...)` or `(@reloc ...)`
 *   annotations, and that option is how their sections reach such tools.
 *
 * The binaries are dealt into SHARES parts of about equal work, one test
 * file each (print-checks-<n>.test.ts), so that jest's workers share them.
 */
import { afterAll, describe, expect, it } from "@jest/globals";
import { parse as jcoParse } from "@bytecodealliance/jco";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { formatChecked } from "../../src/print/format/format.js";
import { wasm2wat, type Wasm2WatOptions } from "../../src/wasm2wat.js";
import { wat2wasm } from "../../src/wat2wasm.js";
import { allBinaries, corpusBinaries, IN_PROCESS_LIMIT, label, type RealBinary } from "../helpers/real-binaries.js";
import { firstDifference, sections, withoutNames } from "../helpers/wasm-sections.js";

/** How many test files the binaries are dealt into. */
export const SHARES = 4;

/** A corpus binary gets three checks, an npm binary one: about four times the work per byte. */
const CORPUS_WEIGHT = 4;

const DATA_COUNT = 12;

interface Input {
  binary: RealBinary;
  inCorpus: boolean;
  weight: number;
}

/**
 * The in-process binaries dealt into SHARES parts: heaviest first, each to
 * the part with the least work so far. The deal depends only on the files,
 * so every part sees the same one.
 */
function shares(): Input[][] {
  const corpus = new Set(corpusBinaries().map((b) => b.path));
  const inputs = allBinaries()
    .map((binary) => ({ binary, size: statSync(binary.path).size, inCorpus: corpus.has(binary.path) }))
    .filter((input) => input.inCorpus || input.size <= IN_PROCESS_LIMIT)
    .map(({ binary, size, inCorpus }) => ({ binary, inCorpus, weight: size * (inCorpus ? CORPUS_WEIGHT : 1) }))
    .sort((a, b) => b.weight - a.weight || a.binary.name.localeCompare(b.binary.name));
  const parts = Array.from({ length: SHARES }, () => ({ inputs: [] as Input[], weight: 0 }));
  for (const input of inputs) {
    const lightest = parts.reduce((least, part) => (part.weight < least.weight ? part : least));
    lightest.inputs.push(input);
    lightest.weight += input.weight;
  }
  return parts.map((part) => part.inputs);
}

/**
 * One binary's prints, each made once and kept until the binary's checks
 * are done; `parsed` holds the prints wat2wasm accepted, which `format`
 * need not parse again: it formats exactly what `formatChecked` formats
 * once `parseWat` accepts the text, and wat2wasm accepts no text `parseWat`
 * rejects (its direct readers refuse what the parser refuses:
 * test/wat2wasm/direct-*.test.ts) while taking half the time on these.
 */
class Prints {
  private readonly texts = new Map<string, string>();
  private readonly parsed = new Set<string>();

  constructor(readonly bytes: Uint8Array) {}

  text(options: Wasm2WatOptions): string {
    const key = JSON.stringify(options);
    let text = this.texts.get(key);
    if (text === undefined) this.texts.set(key, (text = wasm2wat(this.bytes, options)));
    return text;
  }

  /** On one thread: test/wat2wasm/parallel.test.ts compares two threads with the binary, which this shows one gives. */
  encode(options: Wasm2WatOptions): Uint8Array {
    const bytes = wat2wasm(this.text(options), { jobs: 1 });
    this.parsed.add(JSON.stringify(options));
    return bytes;
  }

  format(options: Wasm2WatOptions): string {
    if (!this.parsed.has(JSON.stringify(options))) this.encode(options);
    return formatChecked(this.text(options));
  }

  clear(): void {
    this.texts.clear();
    this.parsed.clear();
  }
}

/** Print options spelled out in full, so equal options share one print. */
function printOptions(folded: boolean, names = true, rawCustom = false): Wasm2WatOptions {
  return { folded, names, rawCustom };
}

/** `formatted` is `printed`; else the first line that differs, which reads better than two texts of megabytes. */
function expectUnchanged(formatted: string, printed: string, how: string): void {
  if (formatted === printed) return;
  const after = formatted.split("\n");
  const before = printed.split("\n");
  const line = before.findIndex((text, i) => text !== after[i]);
  expect({ how, line: line + 1, formatted: after.slice(line, line + 3) }).toEqual({ how, line: line + 1, formatted: before.slice(line, line + 3) });
}

/** Section ids and custom section names, in order, without the two left out. */
function layout(bytes: Uint8Array): string[] {
  return sections(bytes)
    .filter((s) => s.name !== "name" && s.id !== DATA_COUNT)
    .map((s) => s.name ?? String(s.id));
}

function sameBytes(actual: Uint8Array, expected: Uint8Array): string {
  return Buffer.compare(actual, expected) === 0 ? "same" : firstDifference(actual, expected);
}

/** Declares the checks of part `part` (1 to SHARES) of the binaries. */
export function describePrintChecks(part: number): void {
  const inputs = shares()[part - 1];

  it("has binaries to check, and a test file for every part", () => {
    expect(inputs.length).toBeGreaterThan(0);
    const files = readdirSync(dirname(fileURLToPath(import.meta.url))).filter((file) => /^print-checks-\d+\.test\.[jt]s$/.test(file));
    expect(files.map((file) => Number(/\d+/.exec(file)![0])).sort((a, b) => a - b)).toEqual(Array.from({ length: SHARES }, (_, i) => i + 1));
  });

  for (const { binary, inCorpus } of inputs) {
    describe(label(binary), () => {
      const prints = new Prints(readFileSync(binary.path));
      afterAll(() => prints.clear());

      it("wasm2wat then wat2wasm gives back the bytes, flat and folded", () => {
        for (const folded of [false, true]) {
          expect([folded, sameBytes(prints.encode(printOptions(folded)), prints.bytes)]).toEqual([folded, "same"]);
        }
      });

      if (!inCorpus) return;

      it("formatting the print changes nothing (flat and folded, names or not)", () => {
        for (const folded of [false, true]) {
          for (const names of [true, false]) {
            const options = printOptions(folded, names);
            expectUnchanged(prints.format(options), prints.text(options), `${folded ? "folded" : "flat"}, names ${names ? "on" : "off"}`);
          }
        }
      });

      it("wasm-tools reads the print as the same module, custom sections in place", async () => {
        const rawCustom = binary.path.endsWith(".o");
        const theirs = await jcoParse(prints.text(printOptions(false, true, rawCustom)));
        expect(layout(theirs)).toEqual(layout(prints.bytes));
        const ours = withoutNames(wat2wasm(wasm2wat(prints.bytes, { exact: false, rawCustom })));
        expect(sameBytes(withoutNames(theirs), ours)).toBe("same");
      });
    });
  }
}
