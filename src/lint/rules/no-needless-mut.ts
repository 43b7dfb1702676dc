/**
 * A mutable global, struct field or array element type that nothing sets:
 * `mut` only hides that it is constant (and costs engines optimisations).
 * What another module or the host can see is left alone: exported globals,
 * and types that have sub- or supertypes (mutability must match along the
 * chain) or appear in the signature of an import or export.
 */
import type { Module, TypeDef, ValType } from "../../module/model.js";
import type { FieldTypeNode, GlobalField, ImportField, TypeField } from "../../syntax/ast.js";
import type { LintRule, RuleContext } from "../rule.js";
import { nameOf, usesOf } from "../uses.js";

export const noNeedlessMut: LintRule = {
  id: "no-needless-mut",
  meta: {
    type: "suggestion",
    docs: { description: "disallow `mut` on globals, struct fields and array elements that are never set", recommended: "warn" },
    messages: {
      needless: "global {{name}} is declared mutable but never set",
      field: "field {{field}} of type {{name}} is declared mutable but never set",
      element: "the elements of array type {{name}} are declared mutable but never set",
    },
    fixable: "code",
  },
  create(context) {
    return {
      "Module:exit"(module) {
        const { setGlobals } = usesOf(module);
        // Exported globals may be set by the embedder or another module.
        const exported = new Set(module.exports.map((e) => e.target));
        for (const g of module.globals) {
          if (!g.mutable || setGlobals.has(g) || exported.has(g)) continue;
          const field = context.text?.fieldAt(g.offset) as GlobalField | ImportField | undefined;
          const type = field?.kind === "global" ? field.type : undefined;
          const mut = type && context.text ? context.text.source.indexOf("mut", type.start) : -1;
          context.report({
            offset: g.offset,
            span: mut >= 0 ? { start: mut, end: mut + 3 } : undefined,
            messageId: "needless",
            data: { name: nameOf(g) },
            fix: () => (type && context.text ? { range: [type.start, type.end], text: context.text.source.slice(type.type.start, type.type.end) } : null),
          });
        }
        checkTypes(context, module);
      },
    };
  },
};

function checkTypes(context: RuleContext, module: Module): void {
  const { setFields, setArrays } = usesOf(module);
  const visible = visibleTypes(module);
  const nodes = typeNodes(context);
  for (const group of module.types) {
    for (const t of group.types) {
      if (t.comp.kind === "func" || t.comp.kind === "cont" || !t.final || t.supertypes.length > 0 || visible.has(t)) continue;
      const node = t.offset !== undefined ? nodes.get(t.offset) : undefined;
      const comp = node?.type.comp;
      const fieldNodes = comp?.kind === "struct" ? comp.fields.flatMap((f) => f.types) : comp?.kind === "array" ? [comp.element] : [];
      const report = (index: number, messageId: "field" | "element", field?: string): void => {
        const f = fieldNodes[index] as FieldTypeNode | undefined;
        const mut = f && context.text ? context.text.source.indexOf("mut", f.start) : -1;
        context.report({
          offset: t.offset,
          span: mut >= 0 ? { start: mut, end: mut + 3 } : undefined,
          messageId,
          data: { name: nameOf(t), field: field ?? index },
          fix: () => (f && context.text ? { range: [f.start, f.end], text: context.text.source.slice(f.type.start, f.type.end) } : null),
        });
      };
      if (t.comp.kind === "struct") {
        t.comp.fields.forEach((f, i) => {
          if (f.mutable && !setFields.get(t)?.has(i)) report(i, "field", f.name !== undefined ? `$${f.name}` : undefined);
        });
      } else if (t.comp.element.mutable && !setArrays.has(t)) report(0, "element");
    }
  }
}

/** Types that are supertypes of others, or that the signatures of imports and exports name. */
function visibleTypes(module: Module): Set<TypeDef> {
  const seen = new Set<TypeDef>();
  for (const group of module.types) for (const t of group.types) for (const s of t.supertypes) if (s.entity === "type") seen.add(s);
  const add = (v: ValType): void => {
    if (typeof v !== "string" && typeof v.heap !== "string" && v.heap.entity === "type") seen.add(v.heap);
  };
  const exported = new Set(module.exports.map((e) => e.target));
  for (const e of [...module.imports, ...module.funcs, ...module.globals, ...module.tables]) {
    if (!e.import && !exported.has(e)) continue;
    if (e.entity === "func" && e.type.entity === "type" && e.type.comp.kind === "func") [...e.type.comp.params, ...e.type.comp.results].forEach(add);
    else if (e.entity === "global") add(e.type);
    else if (e.entity === "table") add(e.elemType);
  }
  return seen;
}

/** Type definitions of the text by start offset, inside recursion groups too. */
function typeNodes(context: RuleContext): Map<number, TypeField> {
  const map = new Map<number, TypeField>();
  for (const field of context.text?.module.fields ?? []) {
    if (field.kind === "type") map.set(field.start, field);
    else if (field.kind === "rec") for (const t of field.types) map.set(t.start, t);
  }
  return map;
}
