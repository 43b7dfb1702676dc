/**
 * How integer constants are spelled: hexadecimal digits in one case, and
 * `_` separators either allowed or not. Mixed spellings make constants
 * harder to compare by eye and to search for.
 */
import type { LintRule } from "../rule.js";

interface Options {
  hexDigits?: "lower" | "upper";
  separators?: "allow" | "never";
}

const CONSTS = new Set(["i32.const", "i64.const"]);

export const numericLiteralStyle: LintRule = {
  id: "numeric-literal-style",
  meta: {
    type: "layout",
    docs: { description: "require one spelling of integer constants (hex digit case, `_` separators)" },
    messages: {
      hexCase: "write the hexadecimal digits of {{literal}} in {{case}} case",
      separators: "write {{literal}} without _ separators",
    },
    fixable: "code",
    schema: [
      {
        type: "object",
        properties: { hexDigits: { enum: ["lower", "upper"] }, separators: { enum: ["allow", "never"] } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ hexDigits: "lower", separators: "allow" }],
  },
  create(context) {
    const options = (context.options[0] ?? {}) as Options;
    const hexCase = options.hexDigits ?? "lower";
    const text = context.text;
    // Spelling is a matter of the text.
    if (!text) return {};
    return {
      instrs: (op) => CONSTS.has(op.name),
      Instr(ins) {
        const node = text.nodeAt(ins.offset);
        if (!node) return;
        const after = text.mnemonicAt(node) + ins.op.name.length;
        const match = /^\s+([^\s()]+)/.exec(text.source.slice(after, after + 64));
        if (!match) return;
        const literal = match[1];
        const start = after + match[0].length - literal.length;
        const span = { start, end: start + literal.length };
        const hex = /^([+-]?0x)(.*)$/.exec(literal);
        if (hex) {
          const digits = hexCase === "lower" ? hex[2].toLowerCase() : hex[2].toUpperCase();
          if (digits !== hex[2]) {
            context.report({ span, messageId: "hexCase", data: { literal, case: hexCase }, fix: () => ({ range: [span.start, span.end], text: hex[1] + digits }) });
            return;
          }
        }
        if (options.separators === "never" && literal.includes("_")) {
          context.report({ span, messageId: "separators", data: { literal }, fix: () => ({ range: [span.start, span.end], text: literal.replace(/_/g, "") }) });
        }
      },
    };
  },
};
