/**
 * Keywords the text format renamed before its first standard (`get_local`,
 * `grow_memory`, `i32.trunc_s/f32`, `anyfunc`, ...). WABT still reads them;
 * the spec interpreter, wasm-tools and watkit's other commands reject them.
 * The linter reads them as the current keywords so the rest of the file is
 * linted, and the fix writes the current spelling.
 */
import type { LintRule } from "../rule.js";

export const noLegacyMnemonics: LintRule = {
  id: "no-legacy-mnemonics",
  meta: {
    type: "suggestion",
    docs: { description: "require the current spelling of renamed instructions and types", recommended: "error" },
    messages: { legacy: "`{{old}}` is the old name of `{{current}}`" },
    fixable: "code",
  },
  create(context) {
    return {
      Module() {
        for (const name of context.text?.script.legacyNames ?? []) {
          context.report({
            span: name,
            messageId: "legacy",
            data: { old: name.old, current: name.current },
            fix: () => ({ range: [name.start, name.end], text: name.current }),
          });
        }
      },
    };
  },
};
