/**
 * resolve: text AST -> Module. Every rule of the text format that is not
 * plain syntax lives here, as a named sequence of stages over the module's
 * fields (all in text order):
 *
 *  1. declare: create the entities and bind their ids, one index space per
 *     kind (inline imports and exports, inline element and data segments
 *     expanded in place); imports must come before definitions;
 *  2. expand type uses: each `(param ...) (result ...)` without `(type x)`
 *     gets a matching type or a new one appended after the explicit types;
 *  3. define types: bind the bodies of all types;
 *  4. define everything else: bind every reference (`resolve-code.ts` for
 *     instructions), check the text-level rules (unknown and duplicate ids,
 *     type uses that contradict their `(type x)`, `end $l` labels, ...).
 *
 * Takes the AST and its source text (for located `WatResolveError`s); gives
 * the Module with references bound to entities. Numeric indices out of range
 * are not errors here: they become `Dangling` for the validator to report.
 * Knows nothing of the binary format.
 */
import { emptyModule, objectList } from "./empty.js";
import type {
  DataField,
  ElemField,
  ElemListNode,
  ExactAnnotation,
  FuncField,
  GlobalField,
  Id,
  ImportDescNode,
  ImportField,
  ImportGroupNode,
  InstrNode,
  TypeUseNode,
  LimitsNode,
  NumLit,
  LocalNode,
  MemoryField,
  ModuleField,
  ModuleNode,
  SExpr,
  StringLit,
  TableField,
  TagField,
} from "../syntax/ast.js";
import type { SourceText } from "../syntax/source-text.js";
import { instrByName } from "../isa/instructions.js";
import { type CodeMetadata, targetProblem } from "../types/code-metadata.js";
import { CodeResolver, forEachTypeUse, type Spaces } from "./resolve-code.js";
import { indexSpaces } from "./index-space.js";
import { Context, dangling, Space } from "./resolve-context.js";
import { type ParamDecl, Types } from "./resolve-types.js";
import { bindObjectText } from "./object-text.js";
import type {
  CustomSection,
  Data,
  Elem,
  ModuleExactNotes,
  ExportKind,
  Func,
  Global,
  ImportGroup,
  ImportName,
  Instr,
  Limits,
  Local,
  Memory,
  Module,
  RefType,
  Table,
  Tag,
  TypeDef,
  ValType,
} from "./model.js";

export interface ResolveOptions {
  /**
   * Let go of each function's AST body once it is resolved (the AST is left
   * without bodies): for callers that drop the AST afterwards, so that a
   * huge module never has both its AST and its model in memory.
   */
  consume?: boolean;
  /**
   * Resolve the text as an addition to this module: its entities are in
   * scope first (by index, and by name where the name is unique), so the
   * text can refer to them. The result holds only what the text defines.
   */
  base?: Module;
  /**
   * With `base`: the places bare indices name, when they are not the base's
   * own index order (a rewrite binds indices to the module it was given).
   */
  baseIndices?: BaseIndices;
  /**
   * Filled with what each field of the text made: its recursion group,
   * import or definition (and inline exports and segments), export,
   * segment, custom section, or "start"; for printing text that keeps the
   * fields a rewrite left alone.
   */
  units?: Map<ModuleField, unknown[]>;
}

/** A place of an index space of `ResolveOptions.baseIndices`. */
export interface BasePlace<T> {
  entity: T;
  /** Why a bare index may not name this place (the message of the error). */
  refusal?: string;
  /** False for an entity that is gone: its name is then not in scope. */
  named: boolean;
}

export interface BaseIndices {
  types: BasePlace<TypeDef>[];
  funcs: BasePlace<Func>[];
  tables: BasePlace<Table>[];
  memories: BasePlace<Memory>[];
  globals: BasePlace<Global>[];
  tags: BasePlace<Tag>[];
  elems: BasePlace<Elem>[];
  datas: BasePlace<Data>[];
}

export function resolveModule(node: ModuleNode, source: SourceText, options: ResolveOptions = {}): Module {
  return new ModuleResolver(node, source, options.consume === true, options.base, options.units, options.baseIndices).run();
}

/**
 * A module resolved from text without its function bodies (see
 * `syntax/func-bodies.ts`), ready to resolve bodies parsed on their own in
 * its scope.
 */
export interface BodyResolver {
  readonly module: Module;
  /** The module's function fields, imports included, in text order. */
  readonly funcFields: readonly FuncField[];
  /**
   * Resolves `body` as the code of function field `field`, returning its
   * function; undefined when the body would need what the bodiless module
   * does not have (a type only its own type use declares, a relocation).
   */
  define(field: number, body: InstrNode[]): Func | undefined;
  /** The names a body of function field `field` sees, for readers that bind them without an AST. */
  scope(field: number): BodyScope;
}

/** What a function body can name: the module's index spaces, and the function with its parameters and locals. */
export interface BodyScope {
  readonly spaces: Spaces;
  readonly func: Func;
  readonly locals: Space<Local>;
  /** Where the function's type use is in the skeleton: implicit types made after it are not the body's to reuse (`Types.reusableFor`). */
  readonly typeUseAt: number;
}

export function resolveForBodies(node: ModuleNode, source: SourceText): BodyResolver {
  const resolver = new ModuleResolver(node, source, true, undefined, undefined, undefined, new Map());
  const module = resolver.run();
  const funcFields: FuncField[] = objectList();
  for (const f of node.fields) if (f.kind === "func") funcFields.push(f);
  return {
    module,
    funcFields,
    define: (field, body) => resolver.defineBody(funcFields[field], body),
    scope: (field) => resolver.bodyScope(funcFields[field]),
  };
}

type Definable = FuncField | TableField | MemoryField | GlobalField | TagField;
type Importable = Func | Table | Memory | Global | Tag;

/** How "import after ..." names a definition. */
const DEFINITION_WORD = { func: "function", table: "table", memory: "memory", global: "global", tag: "tag" } as const;

/** log2 of the default page size, 64KiB. */
const PAGE_SIZE_LOG2 = 16;

/**
 * The type use of a field's own signature (a function's or tag's, imported
 * or defined), if it has one: apart, so that the resolver expands type uses
 * at one call, which the optimising compiler inlines once.
 */
function ownTypeUse(field: ModuleField): TypeUseNode | undefined {
  switch (field.kind) {
    case "import":
      return field.desc.kind === "func" || field.desc.kind === "tag" ? field.desc.typeUse : undefined;
    case "func":
    case "tag":
      return field.typeUse;
    default:
      return undefined;
  }
}

class ModuleResolver {
  private readonly ctx: Context;
  private readonly s: Spaces;
  private readonly module: Module;
  /** The entity each import or definition field declared. */
  private readonly entities = new Map<ModuleField, Importable>();
  /** The segments each segment field, or table or memory with inline ones, declared (made on the first). */
  private elems: Map<ElemField | TableField, Elem> | undefined;
  private datas: Map<DataField | MemoryField, Data> | undefined;
  /** Object files: the `(@linking ...)` and `(@reloc.section ...)` items by the custom section each stands for (made on the first). */
  private objectSections: Map<CustomSection, SExpr[]> | undefined;

  constructor(
    private readonly node: ModuleNode,
    source: SourceText,
    private readonly consume: boolean,
    base?: Module,
    private readonly units?: Map<ModuleField, unknown[]>,
    baseIndices?: BaseIndices,
    /** Kept for `resolveForBodies`: each function's parameters and locals with their ids. */
    private readonly localSpaces?: Map<Func, Space<Local>>,
  ) {
    const ctx = (this.ctx = new Context(source));
    this.s = {
      types: new Types(ctx),
      funcs: new Space<Func>(ctx, "function"),
      tables: new Space<Table>(ctx, "table"),
      memories: new Space<Memory>(ctx, "memory"),
      globals: new Space<Global>(ctx, "global"),
      tags: new Space<Tag>(ctx, "tag"),
      elems: new Space<Elem>(ctx, "elem"),
      datas: new Space<Data>(ctx, "data"),
    };
    this.module = emptyModule();
    if (baseIndices !== undefined) this.adoptPlaces(baseIndices);
    else if (base !== undefined) this.adopt(base);
    const name = node.name ?? node.id?.name;
    if (name !== undefined) this.module.name = name;
  }

  run(): Module {
    const fields = this.node.fields;
    for (const field of fields) this.declare(field);
    for (const field of fields) this.expandTypeUses(field);
    this.s.types.defineAll();
    for (const field of fields) this.define(field);
    this.module.types = this.s.types.groups;
    if (this.node.exact !== undefined) this.applyExact(this.node.exact);
    if (this.objectSections !== undefined || this.ctx.relocNotes.length > 0) {
      bindObjectText(this.module, this.objectSections ?? new Map(), this.ctx.relocNotes, (message, at) => this.ctx.fail(message, at));
    }
    return this.module;
  }

  /**
   * Puts `@watkit.exact` notes on the units they name. A note that names
   * no unit (its function or custom section is gone) is dropped: it only
   * ever says how to encode something exactly as before.
   */
  private applyExact(annotations: readonly ExactAnnotation[]): void {
    const m = this.module;
    const exact: ModuleExactNotes = { sections: {} };
    const funcs = indexSpaces(m).funcs;
    for (const a of annotations) {
      switch (a.unit) {
        case "func": {
          const func = funcs[a.index];
          if (func !== undefined && func.import === undefined) func.exact = a.note;
          break;
        }
        case "section":
          exact.sections[a.section] = a.note;
          break;
        case "custom": {
          const custom = m.customs[a.index];
          if (custom !== undefined) custom.exact = a.note;
          break;
        }
        case "names-after":
          exact.namesAfter = a.count;
          if (a.place !== undefined) exact.namesPlace = a.place;
          break;
        case "hints-after":
          exact.hintsAfter = a.count;
          if (a.place !== undefined) exact.hintsPlace = a.place;
          break;
      }
    }
    if (Object.keys(exact.sections).length > 0 || exact.namesAfter !== undefined || exact.hintsAfter !== undefined) m.exact = exact;
  }

  /** Puts a base module's entities in scope, in index order (imports of each kind first). */
  private adopt(base: Module): void {
    const s = this.s;
    for (const group of base.types) for (const def of group.types) s.types.adopt(def);
    for (const imp of base.imports) this.space(imp.entity).adopt(imp);
    const defined = [...base.funcs, ...base.tables, ...base.memories, ...base.globals, ...base.tags];
    for (const entity of defined) this.space(entity.entity).adopt(entity);
    for (const elem of base.elems) s.elems.adopt(elem);
    for (const data of base.datas) s.datas.adopt(data);
  }

  private adoptPlaces(indices: BaseIndices): void {
    const s = this.s;
    for (const p of indices.types) s.types.adopt(p.entity, p.refusal, p.named);
    const spaces: [BasePlace<Importable>[], Space<Importable>][] = [
      [indices.funcs, s.funcs],
      [indices.tables, s.tables],
      [indices.memories, s.memories],
      [indices.globals, s.globals],
      [indices.tags, s.tags],
    ] as [BasePlace<Importable>[], Space<Importable>][];
    for (const [places, space] of spaces) for (const p of places) space.adopt(p.entity, p.refusal, p.named);
    for (const p of indices.elems) s.elems.adopt(p.entity, p.refusal, p.named);
    for (const p of indices.datas) s.datas.adopt(p.entity, p.refusal, p.named);
  }

  // -------------------------------------------------------------------------
  // 1. Declarations

  /** The kind of the last definition seen (not import) of a function, table, memory, global or tag. */
  private lastDefinition: string | undefined;
  /** The model's object for each compact import group of the text (made on the first). */
  private importGroups: Map<ImportGroupNode, ImportGroup> | undefined;

  private unit(field: ModuleField, unit: unknown): void {
    if (this.units === undefined) return;
    const list = this.units.get(field);
    if (list === undefined) this.units.set(field, [unit]);
    else list.push(unit);
  }

  private declare(field: ModuleField): void {
    switch (field.kind) {
      case "type":
      case "rec":
        this.s.types.declare(field);
        this.unit(field, this.s.types.groups[this.s.types.groups.length - 1]);
        return;
      case "import":
        this.checkImportOrder(field.start);
        this.declareEntity(field, field.desc.kind, field.desc.id, field.desc.name, this.importName(field));
        if (field.desc.kind === "func" && field.desc.exact) (this.entities.get(field) as Func).exactType = true;
        return;
      case "func":
      case "table":
      case "memory":
      case "global":
      case "tag": {
        if (field.import !== undefined) this.checkImportOrder(field.start);
        else this.lastDefinition = DEFINITION_WORD[field.kind];
        const imp = field.import && { module: field.import.module, name: field.import.name };
        this.declareEntity(field, field.kind, field.id, field.name, imp);
        if (field.kind === "func" && field.exact) (this.entities.get(field) as Func).exactType = true;
        if (field.kind === "table" && field.inlineElem !== undefined) this.declareElem(field);
        if (field.kind === "memory" && field.inlineData !== undefined) this.declareData(field);
        return;
      }
      case "elem":
        this.declareElem(field);
        return;
      case "data":
        this.declareData(field);
        return;
      case "export":
      case "start":
      case "custom":
        return;
    }
  }

  private importName(field: ImportField): ImportName {
    const imp: ImportName = { module: field.module, name: field.name };
    if (field.group !== undefined) {
      const groups = (this.importGroups ??= new Map());
      let group = groups.get(field.group);
      if (group === undefined) groups.set(field.group, (group = { form: field.group.form }));
      imp.group = group;
    }
    return imp;
  }

  private checkImportOrder(offset: number): void {
    if (this.lastDefinition !== undefined) this.ctx.fail(`import after ${this.lastDefinition}`, offset);
  }

  private declareEntity(
    field: ImportField | Definable,
    kind: ExportKind,
    id: Id | undefined,
    annotated: string | undefined,
    imp: ImportName | undefined,
  ): void {
    const offset = field.start;
    // Every entity of a kind is created with the same fields, set or not, so that code reading them sees one shape.
    const name = annotated ?? id?.name;
    let entity: Importable;
    switch (kind) {
      case "func": {
        const func: Func = { entity: "func", name, import: imp, index: 0, offset, type: dangling(0), params: [], locals: [], body: [] };
        this.s.funcs.define(func, id);
        if (imp === undefined) this.module.funcs.push(func);
        entity = func;
        break;
      }
      case "table": {
        const table: Table = { entity: "table", name, import: imp, index: 0, offset, limits: noLimits(), elemType: FUNCREF };
        this.s.tables.define(table, id);
        if (imp === undefined) this.module.tables.push(table);
        entity = table;
        break;
      }
      case "memory": {
        const memory: Memory = { entity: "memory", name, import: imp, index: 0, offset, limits: noLimits() };
        this.s.memories.define(memory, id);
        if (imp === undefined) this.module.memories.push(memory);
        entity = memory;
        break;
      }
      case "global": {
        const global: Global = { entity: "global", name, import: imp, index: 0, offset, type: "i32", mutable: false };
        this.s.globals.define(global, id);
        if (imp === undefined) this.module.globals.push(global);
        entity = global;
        break;
      }
      case "tag": {
        const tag: Tag = { entity: "tag", name, import: imp, index: 0, offset, type: dangling(0) };
        this.s.tags.define(tag, id);
        if (imp === undefined) this.module.tags.push(tag);
        entity = tag;
        break;
      }
    }
    if (imp !== undefined) this.module.imports.push(entity);
    this.entities.set(field, entity);
    this.unit(field, entity);
  }

  /** An `elem` field, or the segment of a table's inline `(elem ...)`, at the field's position. */
  private declareElem(field: ElemField | TableField): void {
    const elem: Elem = {
      entity: "elem",
      mode: { kind: "passive" },
      type: FUNCREF,
      items: [],
      funcIndices: false,
      implicitTable: false,
      index: 0,
      offset: field.start,
    };
    const name = field.kind === "elem" ? (field.name ?? field.id?.name) : undefined;
    if (name !== undefined) elem.name = name;
    this.s.elems.define(elem, field.kind === "elem" ? field.id : undefined);
    this.module.elems.push(elem);
    (this.elems ??= new Map()).set(field, elem);
    this.unit(field, elem);
  }

  /** A `data` field, or the segment of a memory's inline `(data ...)`, at the field's position. */
  private declareData(field: DataField | MemoryField): void {
    const data: Data = { entity: "data", mode: { kind: "passive" }, bytes: new Uint8Array(0), implicitMemory: false, index: 0, offset: field.start };
    const name = field.kind === "data" ? (field.name ?? field.id?.name) : undefined;
    if (name !== undefined) data.name = name;
    this.s.datas.define(data, field.kind === "data" ? field.id : undefined);
    this.module.datas.push(data);
    (this.datas ??= new Map()).set(field, data);
    this.unit(field, data);
  }

  // -------------------------------------------------------------------------
  // 2. Type uses, in text order

  /** One function for the type uses of every field's code, rather than closures made per field. */
  private readonly expandUse = (use: TypeUseNode): void => this.s.types.expand(use);

  private expandCode(nodes: readonly InstrNode[] | undefined): void {
    if (nodes !== undefined && nodes.length > 0) forEachTypeUse(nodes, this.expandUse);
  }

  private expandTypeUses(field: ModuleField): void {
    // A field's own type use first, then those in its code: the order implicit types are made in.
    const use = ownTypeUse(field);
    if (use !== undefined) this.s.types.expand(use);
    switch (field.kind) {
      case "func":
        if (field.import === undefined) this.expandCode(field.body);
        return;
      case "global":
        this.expandCode(field.init);
        return;
      case "table":
        this.expandCode(field.init);
        for (const item of field.inlineElem?.items ?? []) this.expandCode(item.instrs);
        return;
      case "elem":
        if (field.mode.kind === "active") this.expandCode(field.mode.offset.instrs);
        for (const item of field.list.items ?? []) this.expandCode(item.instrs);
        return;
      case "data":
        if (field.mode.kind === "active") this.expandCode(field.mode.offset.instrs);
        return;
      default:
        return;
    }
  }

  // -------------------------------------------------------------------------
  // 4. Definitions

  private define(field: ModuleField): void {
    const m = this.module;
    switch (field.kind) {
      case "type":
      case "rec":
        return;
      case "import":
        this.defineImport(field.desc, this.entities.get(field)!);
        return;
      case "func":
        this.defineFunc(field, this.entities.get(field) as Func);
        break;
      case "table":
        this.defineTable(field, this.entities.get(field) as Table);
        break;
      case "memory":
        this.defineMemory(field, this.entities.get(field) as Memory);
        break;
      case "global": {
        const global = this.entities.get(field) as Global;
        global.type = this.s.types.valType(field.type.type);
        global.mutable = field.type.mutable;
        if (field.type.shared) global.shared = true;
        if (field.import === undefined) global.init = this.constExpr(field.init);
        break;
      }
      case "tag":
        (this.entities.get(field) as Tag).type = this.s.types.funcTypeUse(field.typeUse, true).type;
        break;
      case "export":
        m.exports.push({ name: field.name, kind: field.exportKind, target: this.space(field.exportKind).get(field.ref), offset: field.start });
        this.unit(field, m.exports[m.exports.length - 1]);
        return;
      case "start":
        if (m.start !== undefined) this.ctx.fail("multiple start sections", field.start);
        m.start = this.s.funcs.get(field.func);
        m.startOffset = field.start;
        this.unit(field, "start");
        return;
      case "elem":
        this.defineElem(field, this.elems!.get(field)!);
        return;
      case "data": {
        const data = this.datas!.get(field)!;
        const mode = field.mode;
        if (mode.kind === "active") {
          const memory = mode.memory !== undefined ? this.s.memories.get(mode.memory) : this.s.memories.at(0);
          data.mode = { kind: "active", memory, offset: this.constExpr(mode.offset.instrs) };
          data.implicitMemory = mode.memory === undefined;
        }
        data.bytes = concat(field.strings);
        return;
      }
      case "custom":
        m.customs.push({
          name: field.name,
          bytes: concat(field.strings),
          // Without a placement, wasm-tools puts a custom section after everything.
          place: field.place ?? { position: "after", section: "last" },
        });
        if (field.object !== undefined) (this.objectSections ??= new Map()).set(m.customs[m.customs.length - 1], field.object);
        this.unit(field, m.customs[m.customs.length - 1]);
        return;
    }
    // Inline exports, at the position of their field.
    const entity = this.entities.get(field)!;
    for (const e of field.exports) {
      m.exports.push({ name: e.name, kind: field.kind, target: entity, offset: e.start });
      this.unit(field, m.exports[m.exports.length - 1]);
    }
  }

  private space(kind: ExportKind): Space<Importable> {
    const s = this.s;
    const spaces = { func: s.funcs, table: s.tables, memory: s.memories, global: s.globals, tag: s.tags };
    return spaces[kind] as Space<Importable>;
  }

  private defineImport(desc: ImportDescNode, entity: Importable): void {
    const types = this.s.types;
    switch (desc.kind) {
      case "func": {
        const func = entity as Func;
        const { type, params } = types.funcTypeUse(desc.typeUse, true);
        func.type = type;
        // Its locals too, though none: an array from the same place as a defined function's is of the same kind.
        const locals = this.localsOf(params, objectList());
        func.params = locals.params;
        func.locals = locals.locals;
        return;
      }
      case "table": {
        const table = entity as Table;
        table.limits = this.limits(desc.limits);
        table.elemType = types.refType(desc.elemType);
        return;
      }
      case "memory":
        (entity as Memory).limits = this.limits(desc.limits);
        return;
      case "global": {
        const global = entity as Global;
        global.type = types.valType(desc.type.type);
        global.mutable = desc.type.mutable;
        if (desc.type.shared) global.shared = true;
        return;
      }
      case "tag":
        (entity as Tag).type = types.funcTypeUse(desc.typeUse, true).type;
        return;
    }
  }

  private defineFunc(field: FuncField, func: Func): void {
    const { type, params } = this.s.types.funcTypeUse(field.typeUse, true);
    func.type = type;
    const locals = this.localsOf(params, field.locals);
    func.params = locals.params;
    func.locals = locals.locals;
    this.localSpaces?.set(func, locals.space);
    if (field.import !== undefined) return;
    func.offset = field.start;
    if (field.metadata !== undefined) func.metadata = this.funcMetadata(field, field.metadata);
    // A skeleton's function has no body here, and keeps the empty one it was declared with.
    if (field.body.length === 0) return;
    const code = new CodeResolver(this.ctx, this.s, locals.space, func);
    func.body = code.expr(field.body);
    if (this.consume) field.body = [];
    if (code.usesDataIndex) this.module.dataCount = true;
  }

  /** The code metadata of a whole function, each item of a kind that may describe one. */
  private funcMetadata(field: FuncField, items: CodeMetadata[]): CodeMetadata[] {
    for (const item of items) {
      const problem = targetProblem(item.kind, "func");
      if (problem !== undefined) this.ctx.fail(problem, field.start);
    }
    return items;
  }

  defineBody(field: FuncField, body: InstrNode[]): Func | undefined {
    const types = this.s.types;
    const known = types.groups.length;
    let late = false;
    forEachTypeUse(body, (use) => {
      types.expand(use);
      late ||= types.expandedLate(use, field.typeUse.start);
    });
    if (types.groups.length !== known || late) return undefined;
    const func = this.entities.get(field) as Func;
    field.body = body;
    this.defineFunc(field, func);
    return types.groups.length === known && this.ctx.relocNotes.length === 0 ? func : undefined;
  }

  bodyScope(field: FuncField): BodyScope {
    const func = this.entities.get(field) as Func;
    return { spaces: this.s, func, locals: this.localSpaces!.get(func)!, typeUseAt: field.typeUse.start };
  }

  /** Parameters then locals, one index space, ids unique across both. */
  private localsOf(
    params: readonly ParamDecl[],
    nodes: readonly LocalNode[],
  ): { params: Local[]; locals: Local[]; space: Space<Local> } {
    const space = new Space<Local>(this.ctx, "local");
    // An `(@name ...)` annotation gives the name the id cannot (empty, or the same as another local's).
    for (const p of params) space.define(newLocal(p.name ?? p.id?.name, p.type), p.id);
    const types = this.s.types;
    for (const n of nodes) for (const t of n.types) space.define(newLocal(n.name ?? n.id?.name, types.valType(t)), n.id);
    // Cut from the space's list, to their length (see `fitted`).
    const all = space.items;
    return { params: all.slice(0, params.length), locals: all.slice(params.length), space };
  }

  private defineTable(field: TableField, table: Table): void {
    const elemType = this.s.types.refType(field.elemType);
    table.elemType = elemType;
    if (field.inlineElem !== undefined) {
      const elem = this.elems!.get(field)!;
      const addressType = field.addressType ?? field.limits?.addressType ?? "i32";
      this.fillElemList(elem, field.inlineElem, elemType);
      const n = BigInt(elem.items.length);
      table.limits = { addressType, min: n, max: n, shared: field.shared === true };
      elem.mode = { kind: "active", table, offset: [zero(addressType)] };
    } else {
      table.limits = this.limits(field.limits!);
    }
    if (field.init !== undefined) table.init = this.constExpr(field.init);
  }

  private defineMemory(field: MemoryField, memory: Memory): void {
    if (field.inlineData === undefined) {
      memory.limits = this.limits(field.limits!);
      return;
    }
    const data = this.datas!.get(field)!;
    const addressType = field.addressType ?? field.limits?.addressType ?? "i32";
    data.bytes = concat(field.inlineData);
    const pageSizeLog2 = field.pageSize === undefined ? undefined : this.pageSizeLog2(field.pageSize);
    const pageSize = 2 ** (pageSizeLog2 ?? PAGE_SIZE_LOG2);
    const pages = BigInt(Math.ceil(data.bytes.length / pageSize));
    memory.limits = { addressType, min: pages, max: pages, shared: false };
    if (pageSizeLog2 !== undefined) memory.limits.pageSizeLog2 = pageSizeLog2;
    data.mode = { kind: "active", memory, offset: [zero(addressType)] };
  }

  private defineElem(field: ElemField, elem: Elem): void {
    const mode = field.mode;
    switch (mode.kind) {
      case "passive":
        elem.mode = { kind: "passive" };
        break;
      case "declare":
        elem.mode = { kind: "declarative" };
        break;
      case "active": {
        const table = mode.table !== undefined ? this.s.tables.get(mode.table) : this.s.tables.at(0);
        elem.mode = { kind: "active", table, offset: this.constExpr(mode.offset.instrs) };
        elem.implicitTable = mode.table === undefined;
        break;
      }
    }
    this.fillElemList(elem, field.list, FUNCREF);
  }

  /**
   * Items of an element list. Function indices stay the compact form when
   * the segment's type is `funcref`; a table's inline list of another type
   * (`(table (ref func) (elem $f))`) becomes `ref.func` expressions of the
   * table's type, as wasm-tools encodes it.
   */
  private fillElemList(elem: Elem, list: ElemListNode, funcsType: RefType): void {
    if (list.funcs !== undefined) {
      const refFunc = op("ref.func");
      elem.items = list.funcs.map((r) => [{ op: refFunc, func: this.s.funcs.get(r) }]);
      elem.funcIndices = funcsType.nullable && funcsType.heap === "func";
      elem.type = funcsType;
      return;
    }
    elem.type = list.type !== undefined ? this.s.types.refType(list.type) : funcsType;
    elem.items = (list.items ?? []).map((item) => this.constExpr(item.instrs));
    elem.funcIndices = false;
  }

  private constExpr(nodes: readonly InstrNode[]): Instr[] {
    return new CodeResolver(this.ctx, this.s).expr(nodes);
  }

  /**
   * Limits are u64 in the text whatever the address type (WebAssembly 3.0):
   * a 32-bit memory of 2^32 pages is invalid, not malformed.
   */
  private limits(node: LimitsNode): Limits {
    const limits: Limits = {
      addressType: node.addressType ?? "i32",
      min: this.ctx.nat(node.min, 64, "i64"),
      shared: node.shared,
    };
    if (node.max !== undefined) limits.max = this.ctx.nat(node.max, 64, "i64");
    if (node.pageSize !== undefined) limits.pageSizeLog2 = this.pageSizeLog2(node.pageSize);
    return limits;
  }

  /** The parser let through only powers of two. */
  private pageSizeLog2(lit: NumLit): number {
    return this.ctx.nat(lit, 64, "i64").toString(2).length - 1;
  }
}

const FUNCREF: RefType = { nullable: true, heap: "func" };

function noLimits(): Limits {
  return { addressType: "i32", min: 0n, shared: false };
}

function newLocal(name: string | undefined, type: ValType): Local {
  return { entity: "local", name, type, index: 0 };
}

function op(name: string) {
  const def = instrByName(name);
  if (def === undefined) throw new Error(`resolve: instruction table has no ${name}`);
  return def;
}

/** The offset of an inline segment: `i32.const 0`, or `i64.const 0` for a 64-bit table or memory. */
function zero(addressType: "i32" | "i64"): Instr {
  return addressType === "i64" ? { op: op("i64.const"), i64: 0n } : { op: op("i32.const"), i32: 0 };
}

function concat(strings: readonly StringLit[]): Uint8Array {
  if (strings.length === 1) return strings[0].bytes;
  const out = new Uint8Array(strings.reduce((n, s) => n + s.bytes.length, 0));
  let at = 0;
  for (const s of strings) {
    out.set(s.bytes, at);
    at += s.bytes.length;
  }
  return out;
}
