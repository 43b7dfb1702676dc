/**
 * Builds the AST from the parse tree. It only turns contexts into nodes:
 * it decodes literals (with range checks), looks instruction mnemonics up in
 * the instruction table and checks each instruction's immediates against
 * its kind, and attaches annotations by position. Abbreviations, names and
 * type uses are left to `resolve`.
 */
import { ParserRuleContext, TerminalNode } from "antlr4ng";
import { ActionContext, CommandContext, ImportFieldContext, ModuleContext, ValueContext, type ScriptContext } from "../../generated/WatParser.js";
import type { ActionNode, Command, CustomField, ModuleField, ModuleNode, Script, ScriptModule, Span, ValueNode } from "./ast.js";
import type { SourceAnnotations } from "./annotations.js";
import type { SourceText } from "./source-text.js";
import { endOf, startOf, TokenReader } from "./build-tokens.js";
import { TypeBuilder } from "./build-types.js";
import { InstrBuilder } from "./build-instructions.js";
import { FieldBuilder } from "./build-fields.js";

export class Builder {
  private readonly t: TokenReader;
  private readonly types: TypeBuilder;
  private readonly instrs: InstrBuilder;
  private readonly fields: FieldBuilder;
  /** Module fields built while parsing, by the context (module or script) they belong to. */
  readonly #fields = new Map<ParserRuleContext | null, ModuleField[]>();

  constructor(source: SourceText, annotations: SourceAnnotations, readLegacyNames = false) {
    this.t = new TokenReader(source, annotations, readLegacyNames);
    this.types = new TypeBuilder(this.t);
    this.instrs = new InstrBuilder(this.t, this.types);
    this.fields = new FieldBuilder(this.t, this.types, this.instrs);
  }

  /** Builds one module field as soon as it is parsed (see parse.ts). */
  addField(ctx: ParserRuleContext): void {
    const owner = ctx.parent;
    let fields = this.#fields.get(owner);
    if (!fields) this.#fields.set(owner, (fields = []));
    if (ctx instanceof ImportFieldContext) fields.push(...this.fields.importFields(ctx));
    else fields.push(this.fields.field(ctx));
  }

  private fieldsOf(ctx: ParserRuleContext): ModuleField[] {
    const fields = this.#fields.get(ctx) ?? [];
    this.#fields.delete(ctx);
    return fields;
  }

  script(ctx: ScriptContext): Script {
    const commands: Command[] = [];
    const fields = this.fieldsOf(ctx);
    // A text of bare module fields, or of nothing but annotations, is one module.
    if (fields.length > 0 || ctx.command().length === 0) {
      const module: ModuleNode = {
        kind: "module",
        implicit: true,
        fields,
        start: 0,
        end: this.t.source.length,
      };
      this.moduleCustoms(module);
      this.moduleExact(module);
      commands.push({ kind: "module", module, start: 0, end: this.t.source.length });
    } else {
      for (const command of ctx.command()) commands.push(this.command(command));
    }
    this.attachRelocs();
    this.t.checkLeftoverNames();
    this.instrs.checkLeftoverMetadata();
    return {
      kind: "script",
      source: this.t.source,
      commands,
      comments: this.t.annotations.comments,
      annotations: this.t.annotations.others,
      ...(this.t.legacyNames?.length ? { legacyNames: this.t.legacyNames } : {}),
      start: 0,
      end: this.t.source.length,
    };
  }

  private command(ctx: CommandContext): Command {
    const span = this.t.span(ctx);
    const module = ctx.module();
    const action = ctx.action();
    const head = ctx.getChild(1);
    if (module?.INSTANCE()) {
      const ids = module.ID();
      return { kind: "instance", instance: this.t.id(ids[0]?.symbol), module: this.t.id(ids[1]?.symbol), start: span.start, end: span.end };
    }
    if (module && ctx.ASSERT() === null) return { kind: "module", module: this.module(module), start: span.start, end: span.end };
    if (action && ctx.ASSERT() === null) return { kind: "action", action: this.action(action), start: span.start, end: span.end };
    if (ctx.INSTANCE()) {
      const ids = ctx.ID();
      return { kind: "instance", instance: this.t.id(ids[0]?.symbol), module: this.t.id(ids[1]?.symbol), start: span.start, end: span.end };
    }
    if (ctx.REGISTER()) {
      return { kind: "register", name: this.t.name(ctx.STRING(0)!.symbol), module: this.t.id(ctx.ID(0)?.symbol), start: span.start, end: span.end };
    }
    if (ctx.ASSERT()) return this.assertion(ctx, span);
    return { kind: "other", head: head instanceof TerminalNode ? head.getText() : "", start: span.start, end: span.end };
  }

  private assertion(ctx: CommandContext, span: Span): Command {
    const kind = ctx.ASSERT()!.getText();
    const action = ctx.action() ? this.action(ctx.action()!) : undefined;
    const module = ctx.module() ? this.module(ctx.module()!) : undefined;
    const values = ctx.value().map((v) => this.value(v));
    const strings = ctx.STRING();
    const message = strings.length > 0 ? new TextDecoder().decode(this.t.string(strings[0].symbol).bytes) : "";
    const needsAction = (): ActionNode => action ?? this.t.error(`${kind} expects an action`, span);
    switch (kind) {
      case "assert_return":
        return { kind, action: needsAction(), results: values, start: span.start, end: span.end };
      case "assert_trap":
        return { kind, action, module, message, start: span.start, end: span.end };
      case "assert_exhaustion":
      case "assert_suspension":
        return { kind, action: needsAction(), message, start: span.start, end: span.end };
      case "assert_exception":
        return { kind, action: needsAction(), start: span.start, end: span.end };
      default:
        return {
          kind: kind as "assert_malformed",
          module: module ?? this.t.error(`${kind} expects a module`, span),
          message,
          start: span.start, end: span.end,
        };
    }
  }

  private action(ctx: ActionContext): ActionNode {
    const span = this.t.span(ctx);
    const module = this.t.id(ctx.ID()?.symbol);
    const name = this.t.name(ctx.STRING().symbol);
    if (ctx.INVOKE()) return { kind: "invoke", module, name, args: ctx.value().map((v) => this.value(v)), start: span.start, end: span.end };
    return { kind: "get", module, name, start: span.start, end: span.end };
  }

  private value(ctx: ValueContext): ValueNode {
    const node: ValueNode = { head: ctx.getChild(1)!.getText(), args: [], start: startOf(ctx), end: endOf(ctx) };
    for (let i = 2; i < ctx.getChildCount() - 1; i++) {
      const child = ctx.getChild(i)!;
      if (child instanceof ValueContext) {
        (node.either ??= []).push(this.value(child));
      } else if (child instanceof TerminalNode) {
        const token = child.symbol;
        node.args.push({ kind: "token", text: token.text!, start: token.start, end: token.stop + 1 });
      }
    }
    return node;
  }

  private module(ctx: ModuleContext): ScriptModule {
    const span = this.t.span(ctx);
    const idToken = ctx.ID(0)?.symbol;
    const definition = ctx.DEFINITION() !== null ? true : undefined;
    if (ctx.BINARY() || ctx.QUOTE()) {
      return {
        kind: ctx.BINARY() ? "binary" : "quote",
        id: this.t.id(idToken),
        definition,
        strings: ctx.STRING().map((s) => this.t.string(s.symbol)),
        start: span.start, end: span.end,
      };
    }
    const node: ModuleNode = {
      kind: "module",
      id: this.t.id(idToken),
      name: this.t.nameAfter(idToken ?? ctx.MODULE()!.symbol),
      definition,
      fields: this.fieldsOf(ctx),
      start: span.start, end: span.end,
    };
    this.moduleCustoms(node);
    this.moduleExact(node);
    return node;
  }

  /** The module's `@watkit.exact` annotations. */
  private moduleExact(module: ModuleNode): void {
    const exact = this.t.annotations.exact.filter((c) => c.start >= module.start && c.end <= module.end);
    if (exact.length > 0) module.exact = exact;
  }

  /** Places the `@custom` annotations of a module among its fields, rejecting those inside a field. */
  private moduleCustoms(module: ModuleNode): void {
    const customs = this.t.annotations.customs.filter((c) => c.start >= module.start && c.end <= module.end);
    if (customs.length === 0) return;
    const fields: ModuleField[] = [];
    let next = 0;
    for (const field of module.fields) {
      while (next < customs.length && customs[next].start < field.start) fields.push(this.custom(customs[next++]));
      if (next < customs.length && customs[next].start < field.end) {
        this.t.error(`misplaced ${annotationName(customs[next])} annotation`, customs[next].start);
      }
      fields.push(field);
    }
    while (next < customs.length) fields.push(this.custom(customs[next++]));
    module.fields = fields;
  }

  /** Gives each `(@reloc ...)` to the instruction it follows: the last one that starts before it. */
  private attachRelocs(): void {
    const relocs = this.t.annotations.relocs;
    if (relocs.length === 0) return;
    const plains = this.instrs.plains.sort((a, b) => a.start - b.start);
    const funcs = this.fields.funcSpans;
    let i = 0;
    let f = 0;
    for (const reloc of relocs) {
      while (i < plains.length && plains[i].start < reloc.start) i++;
      while (f < funcs.length && funcs[f][1] <= reloc.start) f++;
      const node = plains[i - 1];
      const func = funcs[f];
      if (node === undefined || func === undefined || func[0] > reloc.start || node.start < func[0]) {
        this.t.error("@reloc annotation: not after an instruction of a function", reloc.start);
      }
      (node.relocs ??= []).push(reloc.items);
    }
  }

  private custom(c: SourceAnnotations["customs"][number]): CustomField {
    const field: CustomField = { kind: "custom", name: c.name, place: c.place, strings: c.strings, start: c.start, end: c.end };
    if (c.producers) field.producers = c.producers;
    if (c.dylink) field.dylink = c.dylink;
    if (c.object) field.object = c.object;
    return field;
  }
}

function annotationName(c: SourceAnnotations["customs"][number]): string {
  if (c.producers) return "@producers";
  return c.dylink ? "@dylink.0" : "@custom";
}
