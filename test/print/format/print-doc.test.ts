/**
 * `DocPrinter` prints a document exactly as Prettier's `printDocToString`
 * does: on hand-made documents (indentation steps, dedents, string
 * alignments, lines that fit flat or not, groups measured with the rest of
 * their line, forced breaks inside groups and fills, trailing blanks,
 * deferred line suffixes) and on the formatter's
 * documents for every case file (at several widths, with spaces and with
 * tabs) and every spec testsuite script (narrow, with tabs).
 */
import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { builders, printer } from "prettier/doc";
import { readTopLevel } from "../../../src/print/format/cst.js";
import { nodeDoc } from "../../../src/print/format/layout-doc.js";
import { DocPrinter } from "../../../src/print/format/print-doc.js";
import { lexWat } from "../../../src/syntax/lex.js";
import { SPEC_ROOT, specFileNames } from "../../helpers/spec-suite.js";

type Doc = builders.Doc;

const { align, breakParent, conditionalGroup, dedent, fill, group, hardline, indent, line, lineSuffix, softline } = builders;

const OPTIONS = [
  { printWidth: 80, tabWidth: 2, useTabs: false },
  { printWidth: 30, tabWidth: 4, useTabs: true },
  { printWidth: 12, tabWidth: 3, useTabs: false },
];

/** The document made twice (Prettier's printer marks the groups it breaks), printed both ways. */
function prints(make: () => Doc, options: (typeof OPTIONS)[number], ours = new DocPrinter(options)): { ours: string; prettier: string } {
  return { ours: ours.print(make()), prettier: printer.printDocToString(make(), options).formatted };
}

const HAND_MADE: Record<string, () => Doc> = {
  "words at nested indentations": () => ["(a", indent([hardline, "b c", indent([hardline, "d"]), hardline, "e"]), hardline, ")"],
  "dedents and alignments by a width and a string": () =>
    indent(indent([hardline, "x", align(3, [hardline, "y", dedent([hardline, "z"])]), align(">> ", [hardline, "q"])])),
  "groups that fit flat, and one that does not": () =>
    indent([hardline, group(["(f", indent([line, "(param i32)", line, "(result i32)"]), ")"]), " ;; c", breakParent, hardline, group(["(g", indent([line, "aaaaaaaaaa bbbbbbbbbbb cccccccccc dddddddddd"]), softline, ")"])]),
  "a forced break inside a group": () => [group(["(a", indent([line, "b", hardline, "c"]), ")"]), hardline, "d"],
  "a fill of words": () => indent([hardline, "br_table", indent([line, fill(Array.from({ length: 30 }, (_, k) => [String(k * 7), line]).flat().slice(0, -1))])]),
  "a conditional group": () => [conditionalGroup([["(a b c)"], group(["(a", indent([hardline, "b c"]), hardline, ")"])]), hardline, "x"],
  "trailing blanks before line breaks, none at the end": () => ["a  ", hardline, "  ", hardline, group(["b", line, "c\t"]), indent(hardline), "d "],
  "text on the first line before a group": () => ["first ", group(["(g", indent([softline, "h"]), ")"]), hardline, "next"],
  "a group that fits only without the text after it on its line": () =>
    [indent([hardline, "xx ", group(["(g", indent([line, "aaaa"]), ")"]), ")))))))"]), hardline, "z"],
  "a group ending in a line, whose space counts only before text": () => ["ab", group(["cdefghijkl", line]), hardline, "z", group(["cdefghijk", line]), "m"],
  "a group too wide around groups that fit": () =>
    indent([hardline, group(["(a", indent([line, group(["(b", indent([line, "c"]), ")"]), line, group(["(d", indent([line, "eeeeeeeeeeeeee"]), ")"])]), ")"])]),
  "a group set to break among words, and one holding a forced break": () =>
    ["x ", group(["(a", indent([line, "b"]), ")"], { shouldBreak: true }), hardline, "y ", group(["(c", indent([line, group(["d", breakParent])]), ")"])],
  "a line suffix, which reaches the next line break": () => ["a", lineSuffix(" ;; s"), "b", hardline, "c"],
};

/** The formatter's documents for a text, one a top-level item, as `format` prints them. */
function formatterDocs(text: string, compactBodies: boolean): (() => Doc)[] {
  const docs: (() => Doc)[] = [];
  for (const item of readTopLevel(text, lexWat(text))) {
    if (item.kind !== "node") continue;
    const level = item.inModule ? 1 : 0;
    docs.push(() => indent([hardline, nodeDoc(item.node, { compactBodies }, level)]));
  }
  return docs;
}

describe("DocPrinter", () => {
  for (const [name, make] of Object.entries(HAND_MADE)) {
    it(`prints ${name} as Prettier does`, () => {
      for (const options of OPTIONS) {
        const { ours, prettier } = prints(make, options);
        expect(ours).toBe(prettier);
      }
    });
  }

  it("prints the formatter's documents for the case files (each set of options) and the spec testsuite (narrow, tabs) as Prettier does", () => {
    const cases = join(process.cwd(), "test/print/format/cases");
    const texts: [string, number[]][] = [
      ...readdirSync(cases).map((name): [string, number[]] => [readFileSync(join(cases, name), "utf8"), [0, 1, 2]]),
      // The narrow width with tabs takes every path: lines written flat, lines through Prettier, tab widths.
      ...specFileNames().map((name): [string, number[]] => [readFileSync(join(SPEC_ROOT, name), "utf8"), [1]]),
    ];
    let documents = 0;
    const different: string[] = [];
    for (const [text, sets] of texts) {
      for (const k of sets) {
        const options = OPTIONS[k];
        const docPrinter = new DocPrinter(options);
        for (const make of formatterDocs(text, k === 1)) {
          const { ours, prettier } = prints(make, options, docPrinter);
          if (ours !== prettier && different.length < 5) different.push(`${JSON.stringify(options)}\n${prettier}\n--- printed as\n${ours}`);
          documents++;
        }
      }
    }
    expect(different).toEqual([]);
    expect(documents).toBeGreaterThan(5000);
  });
});
