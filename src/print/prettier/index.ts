/**
 * The Prettier plugin (`watkit/prettier`): `.wat` and `.wast` files through
 * `prettier --plugin=watkit/prettier`. The parser checks the text and keeps
 * it with what its parse gives the formatter (the AST and the tokens); the
 * printer lays it out as `format` does, so the plugin and the API give the
 * same text for the same options.
 *
 * Comments are kept by the layout itself (the tree it formats holds every
 * token), so the root node carries no `comments` for Prettier to attach.
 *
 * @module watkit/prettier
 */
import type { Parser, Plugin, Printer, SupportLanguage, SupportOptions } from "prettier";
import { WatSyntaxError } from "../../syntax/errors.js";
import { parseWat } from "../../syntax/parse.js";
import { SourceTokens } from "../../syntax/source-tokens.js";
import type { Script } from "../../syntax/ast.js";
import { formatChecked, type InstructionStyle } from "../format/format.js";

/** What the parser hands the printer: the source, already checked, its AST and its tokens. */
interface WatRoot {
  type: "wat-root";
  text: string;
  script: Script;
  tokens: SourceTokens;
  start: number;
  end: number;
}

export const languages: SupportLanguage[] = [
  {
    name: "WebAssembly Text",
    parsers: ["wat"],
    extensions: [".wat", ".wast"],
    aliases: ["wat", "wast"],
    vscodeLanguageIds: ["wat"],
  },
];

export const parsers: Record<string, Parser<WatRoot>> = {
  wat: {
    astFormat: "wat",
    parse(text) {
      const tokens = new SourceTokens();
      try {
        return { type: "wat-root", text, script: parseWat(text, { tokens }), tokens, start: 0, end: text.length };
      } catch (error) {
        if (error instanceof WatSyntaxError) throw located(error);
        throw error;
      }
    },
    locStart: (node) => node.start,
    locEnd: (node) => node.end,
  },
};

export const printers: Record<string, Printer<WatRoot>> = {
  wat: {
    print(path, options) {
      const { text, script, tokens } = path.node;
      return formatChecked(text, {
        printWidth: options.printWidth,
        tabWidth: options.tabWidth,
        useTabs: options.useTabs,
        instructionStyle: options.instructionStyle as InstructionStyle,
        compactBodies: options.compactBodies as boolean,
      }, script, tokens);
    },
    // The root is the only node: the AST it carries is the formatter's, not one for Prettier to walk.
    getVisitorKeys: () => [],
  },
};

export const options: SupportOptions = {
  compactBodies: {
    category: "WebAssembly",
    type: "boolean",
    default: false,
    description: "Keep a function or folded block whose body is one instruction on one line when it fits.",
  },
  instructionStyle: {
    category: "WebAssembly",
    type: "choice",
    default: "preserve",
    description: "Write instructions as they are, all flat (`op ... end`) or all folded (`(op ...)`) where that is exact.",
    choices: [
      { value: "preserve", description: "Keep each instruction flat or folded as written." },
      { value: "flat", description: "Write function bodies as flat instruction sequences." },
      { value: "folded", description: "Fold instructions into expressions where the operand counts are known." },
    ],
  },
};

/** Prettier shows a code frame for errors with a `loc`. */
function located(error: WatSyntaxError): Error & { loc: { start: { line: number; column: number } } } {
  return Object.assign(new SyntaxError(error.reason), { loc: { start: { line: error.line, column: error.column } } });
}

const plugin: Plugin<WatRoot> = { languages, parsers, printers, options };
export default plugin;
