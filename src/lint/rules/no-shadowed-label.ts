/**
 * A block label equal to an enclosing one: branches to the name reach only
 * the inner block, and the outer one can no longer be named inside it.
 * Reported at the outer label (the one made unreachable by name), as
 * wasm-language-tools does.
 */
import type { Id, InstrNode } from "../../syntax/ast.js";
import type { LintRule } from "../rule.js";

export const noShadowedLabel: LintRule = {
  id: "no-shadowed-label",
  meta: {
    type: "problem",
    docs: { description: "disallow block labels that shadow an enclosing label", recommended: "warn" },
    messages: { shadow: "label ${{name}} is shadowed by an inner label of the same name" },
  },
  create(context) {
    const walk = (body: readonly InstrNode[]): void => {
      // The open labels by name, innermost last.
      const open = new Map<string, Id[]>();
      // What is left to visit, next last: instructions, and labels to open (after the condition of the
      // instruction they name) and to close. A stack of its own: compiled code nests thousands of blocks deep.
      const steps: Step[] = [];
      const visit = (seq: readonly InstrNode[] | undefined): void => {
        if (seq !== undefined) for (let i = seq.length - 1; i >= 0; i--) steps.push(seq[i]);
      };
      visit(body);
      for (let step = steps.pop(); step !== undefined; step = steps.pop()) {
        if (step instanceof LabelStep) {
          const same = open.get(step.label.name) ?? [];
          if (!step.opens) same.pop();
          else {
            const outer = same.at(-1);
            if (outer) context.report({ span: outer, messageId: "shadow", data: { name: outer.name } });
            same.push(step.label);
            open.set(step.label.name, same);
          }
        } else if (step.kind === "plain") visit(step.folded);
        else {
          const label = step.label;
          if (label) steps.push(new LabelStep(label, false));
          for (const h of [...(step.handlers ?? [])].reverse()) visit(h.body);
          visit(step.else?.body);
          visit(step.body);
          if (label) steps.push(new LabelStep(label, true));
          visit(step.condition);
        }
      }
    };
    return {
      Module() {
        for (const field of context.text?.module.fields ?? []) if (field.kind === "func") walk(field.body);
      },
    };
  },
};

/** A label to open or close on the walk's stack. */
class LabelStep {
  constructor(
    readonly label: Id,
    readonly opens: boolean,
  ) {}
}

type Step = InstrNode | LabelStep;
