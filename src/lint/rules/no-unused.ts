/** Entities defined and never referred to: dead weight, or a reference that went to the wrong one. */
import type { Entity, Func, Module } from "../../module/model.js";
import type { FuncField } from "../../syntax/ast.js";
import type { LintRule, RuleContext } from "../rule.js";
import { nameOf, usesOf } from "../uses.js";

interface Options {
  ignorePattern?: string;
}

export const noUnused: LintRule = {
  id: "no-unused",
  meta: {
    type: "problem",
    docs: { description: "disallow functions, parameters, locals, types, globals, memories, tables, tags and passive segments that are never used", recommended: "warn" },
    messages: { unused: "{{kind}} {{name}} is never used" },
    schema: [{ type: "object", properties: { ignorePattern: { type: "string" } }, additionalProperties: false }],
    defaultOptions: [{ ignorePattern: "^\\$_" }],
  },
  create(context) {
    const options = (context.options[0] ?? {}) as Options;
    const ignore = new RegExp(options.ignorePattern ?? "^\\$_");
    return {
      "Module:exit"(module) {
        const { used } = usesOf(module);
        const check = (e: Entity, offset: number | undefined, kind: string = e.entity): void => {
          if (used.has(e)) return;
          const name = nameOf(e);
          if (e.name !== undefined && ignore.test(name)) return;
          context.report({ offset, span: spanOf(context, offset), messageId: "unused", data: { kind, name } });
        };
        for (const group of module.types) for (const t of group.types) if (t.offset !== undefined || context.text === undefined) check(t, t.offset);
        for (const e of [...module.imports, ...module.funcs, ...module.tables, ...module.memories, ...module.globals, ...module.tags]) {
          check(e, e.offset, e.entity === "func" ? "function" : e.entity);
        }
        for (const d of module.datas) if (d.mode.kind === "passive") check(d, d.offset, "data segment");
        for (const e of module.elems) if (e.mode.kind === "passive") check(e, e.offset, "element segment");
        for (const f of module.funcs) checkLocals(context, f, used, ignore);
      },
    };
  },
};

/** The `$id` of a field when it has one (the place to point at), else the whole field. */
function spanOf(context: RuleContext, offset: number | undefined): { start: number; end: number } | undefined {
  const field = context.text?.fieldAt(offset);
  if (!field) return undefined;
  const id = field.kind === "import" ? field.desc.id : "id" in field ? field.id : undefined;
  if (id) return id;
  // Without an id, the field's keyword (`func`, `global`, ...) after its `(`.
  const source = context.text!.source;
  const at = field.start + 1 + (/^\s*/.exec(source.slice(field.start + 1, field.start + 65))?.[0].length ?? 0);
  return { start: at, end: at + (/^[a-z_]+/.exec(source.slice(at, at + 16))?.[0].length ?? 1) };
}

function checkLocals(context: RuleContext, f: Func, used: ReturnType<typeof usesOf>["used"], ignore: RegExp): void {
  const { readLocals, writtenLocals } = usesOf(context.module as Module);
  const field = context.text?.fieldAt(f.offset) as FuncField | undefined;
  const params = field?.typeUse.params.flatMap((p) => p.types.map(() => p)) ?? [];
  const locals = field?.locals.flatMap((l) => l.types.map(() => l)) ?? [];
  const all: [Entity, { start: number; end: number; id?: { start: number; end: number } } | undefined, string][] = [
    ...f.params.map((p, i): [Entity, (typeof params)[number] | undefined, string] => [p, params[i], "parameter"]),
    ...f.locals.map((l, i): [Entity, (typeof locals)[number] | undefined, string] => [l, locals[i], "local"]),
  ];
  for (const [local, node, kind] of all) {
    if (used.has(local) || readLocals.has(local) || writtenLocals.has(local)) continue;
    const name = nameOf(local);
    if (local.name !== undefined && ignore.test(name)) continue;
    const span = node?.id ?? node;
    context.report({ offset: span?.start ?? f.offset, span, messageId: "unused", data: { kind, name } });
  }
}
