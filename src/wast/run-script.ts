/**
 * The `.wast` script runner: takes a script's text, gives one outcome per
 * command. Modules are watkit's own work (text through parse, resolve and
 * encode; `module quote` through the parser; `module binary` through the
 * decoder); running them is the host engine's (its `WebAssembly` JS API),
 * with values moved through adapters (`adapter.ts`) so that they are exact.
 * Validation comes through one seam, `options.validate` (watkit's validator
 * for the CLI and the tests): it must reject what `assert_invalid` gives and
 * accept every module the script runs. Without it the engine validates
 * watkit's encoding, and a module it refuses for a feature it lacks is a
 * skip, not a verdict.
 *
 * Knows nothing of files or the terminal (see `cli/wast-command.ts`).
 */
import { decode } from "../binary/decode.js";
import { WasmDecodeError } from "../binary/decode-error.js";
import { encode } from "../binary/encode.js";
import { concatBytes } from "../bytes.js";
import type { Feature } from "../isa/instructions.js";
import type { Module } from "../module/model.js";
import { resolveModule } from "../module/resolve.js";
import type { ActionNode, Command, ScriptModule, ValueNode } from "../syntax/ast.js";
import { WatError } from "../syntax/errors.js";
import { parseWat } from "../syntax/parse.js";
import { quotedText, watToModule } from "../wat2wasm.js";
import { Adapters } from "./adapter.js";
import { compile, engineValidates } from "./engine.js";
import { engineFeatures, featuresOf } from "./features.js";
import type { CommandOutcome, Outcome, ScriptReport } from "./outcome.js";
import { beyondEngineLimits, EngineLacks } from "./skips.js";
import { spectest } from "./spectest.js";
import { isTrap } from "./traps.js";
import { argOf, expectedOf, expectedText, HostRefs, matches, type Value, valueText } from "./values.js";
import { LineIndex } from "../syntax/line-index.js";

export interface Validation {
  valid: boolean;
  errors: { message: string }[];
}

export interface WastOptions {
  /** Validates a module watkit decoded or resolved; by default the engine validates its encoding. */
  validate?: (bytes: Uint8Array, module: Module | undefined) => Validation;
  /** Receives what the spectest print functions print, one value per line (default: dropped). */
  print?: (line: string) => void;
  /** The engine's features (default: probed once per process). */
  features?: ReadonlySet<Feature>;
}

/** A command that could not be carried out (what the failure says). */
class Failure extends Error {}

interface Loaded {
  model: Module | undefined;
  bytes: Uint8Array;
}

interface Definition extends Loaded {
  compiled: WebAssembly.Module;
}

/** An instance with the model it was made from (the host module has none), or why there is none. */
type Instance = Running | { unusable: Error };

interface Running {
  model?: Module;
  exports: WebAssembly.Exports;
  /** Set when a module the engine cannot run may have changed this instance's state. */
  tainted?: string;
}

let probed: ReadonlySet<Feature> | undefined;

export function runScript(source: string, file: string, options: WastOptions = {}): ScriptReport {
  const script = parseWat(source);
  const runner = new ScriptRunner(source, options);
  const lines = new LineIndex(source);
  const commands: CommandOutcome[] = script.commands.map((command) => {
    const { line, column } = lines.at(command.start);
    const keyword = command.kind === "other" ? command.head : command.kind;
    return { line, column, command: keyword, outcome: runner.run(command) };
  });
  return { file, commands };
}

class ScriptRunner {
  readonly #features: ReadonlySet<Feature>;
  readonly #adapters = new Adapters();
  readonly #hosts = new HostRefs();
  readonly #definitions = new Map<string, Definition | Error>();
  readonly #instances = new Map<string, Instance>();
  readonly #registry = new Map<string, Instance>();
  #current: Instance | undefined;
  #lastDefinition: Definition | Error | undefined;
  /** The instance the current command's action used. */
  #actedOn: Running | undefined;

  constructor(
    private readonly source: string,
    private readonly options: WastOptions,
  ) {
    this.#features = options.features ?? (probed ??= engineFeatures());
    const host = spectest(this.#features, options.print ?? (() => {}));
    this.#registry.set("spectest", { exports: host });
  }

  run(command: Command): Outcome {
    this.#actedOn = undefined;
    try {
      this.#run(command);
      return { kind: "passed" };
    } catch (error) {
      if (error instanceof EngineLacks) return { kind: "skipped", reason: error.message };
      const tainted = this.#taintOfAction();
      if (tainted !== undefined) return { kind: "skipped", reason: tainted };
      return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Why the instance the command acted on can no longer be trusted, if it cannot. */
  #taintOfAction(): string | undefined {
    return this.#actedOn?.tainted;
  }

  #run(command: Command): void {
    switch (command.kind) {
      case "module":
        return this.#module(command.module);
      case "instance": {
        // Without a name, the definition is the latest one.
        const name = command.module?.name;
        const definition = name === undefined ? this.#lastDefinition : this.#definitions.get(name);
        if (definition === undefined) throw new Failure(name === undefined ? "no module definition" : `no module definition $${name}`);
        const instance = this.#use(() => {
          if (definition instanceof Error) throw definition;
          return this.#instantiate(definition);
        });
        this.#bind(command.instance?.name, instance);
        return;
      }
      case "register": {
        const instance = this.#instance(command.module?.name);
        this.#registry.set(command.name, instance);
        if ("unusable" in instance) throw instance.unusable;
        return;
      }
      case "action":
        this.#perform(command.action);
        return;
      case "assert_return":
        return this.#assertReturn(command.action, command.results);
      case "assert_trap":
        if (command.action) return expectTrap(() => this.#perform(command.action!), command.message);
        return expectTrap(() => this.#instantiate(this.#compile(this.#load(command.module!))), command.message);
      case "assert_exhaustion":
        return expectThrow(() => this.#perform(command.action), RangeError, "stack exhaustion");
      case "assert_exception":
        return expectThrow(() => this.#perform(command.action), wasmException(), "an exception");
      case "assert_suspension":
        // A suspension no handler takes leaves the engine as a trap would.
        return expectThrow(() => this.#perform(command.action), WebAssembly.RuntimeError, "a suspension without a handler");
      case "assert_malformed":
      case "assert_malformed_custom":
        return this.#assertMalformed(command.module);
      case "assert_invalid":
      case "assert_invalid_custom":
        return this.#assertInvalid(command.module, command.kind === "assert_invalid_custom");
      case "assert_unlinkable":
        return expectThrow(() => this.#instantiate(this.#compile(this.#load(command.module))), WebAssembly.LinkError, "a link error");
      case "assert_uninstantiable":
        return expectTrap(() => this.#instantiate(this.#compile(this.#load(command.module))), command.message);
      case "other":
        throw new Failure(`the runner does not know the command ${command.head}`);
    }
  }

  #module(node: ScriptModule): void {
    const name = node.id?.name;
    let definition: Definition | Error;
    try {
      definition = this.#compile(this.#load(node));
    } catch (error) {
      definition = error instanceof Error ? error : new Error(String(error));
    }
    if (node.definition) {
      this.#lastDefinition = definition;
      if (name !== undefined) this.#definitions.set(name, definition);
      if (definition instanceof Error) throw definition;
      return;
    }
    const instance = this.#use(() => {
      if (definition instanceof Error) throw definition;
      return this.#instantiate(definition);
    });
    this.#bind(name, instance);
  }

  /** Runs `make`; a failure is remembered as an unusable instance (so later commands say why) and thrown. */
  #use(make: () => Instance): Instance {
    try {
      return make();
    } catch (error) {
      const unusable = error instanceof EngineLacks ? error : new Failure(`${error instanceof Error ? error.message : String(error)}`);
      return { unusable };
    }
  }

  #bind(name: string | undefined, instance: Instance): void {
    this.#current = instance;
    if (name !== undefined) this.#instances.set(name, instance);
    if ("unusable" in instance) throw instance.unusable;
  }

  #instance(name: string | undefined): Instance {
    const instance = name === undefined ? this.#current : this.#instances.get(name);
    if (instance === undefined) throw new Failure(name === undefined ? "no module to act on" : `no module $${name}`);
    return instance;
  }

  /** The module's model and bytes: watkit's encoding of text, the bytes of a binary module. */
  #load(node: ScriptModule): Loaded {
    if (node.kind === "binary") {
      const bytes = concatBytes(node.strings.map((s) => s.bytes));
      return { bytes, model: decode(bytes) };
    }
    const model = node.kind === "module" ? resolveModule(node, this.source) : watToModule(quotedText(node, this.source));
    return { model, bytes: encode(model) };
  }

  #compile(loaded: Loaded): Definition {
    const verdict = this.options.validate?.(loaded.bytes, loaded.model);
    if (verdict !== undefined && !verdict.valid) {
      throw new Failure(`watkit's validator rejects the module: ${verdict.errors[0]?.message ?? "no reason given"}`);
    }
    try {
      return { ...loaded, compiled: compile(loaded.bytes) };
    } catch (error) {
      const lacking = this.#lacking(loaded.model);
      if (lacking) this.#taint(loaded.model!, lacking);
      throw (
        lacking ??
        beyondEngineLimits(loaded.model) ??
        new Failure(`the engine refuses watkit's encoding: ${messageOf(error)}`)
      );
    }
  }

  /** The skip for a module the engine refused, if it uses features the engine lacks. */
  #lacking(model: Module | undefined): EngineLacks | undefined {
    if (model === undefined) return undefined;
    const missing = [...featuresOf(model)].filter((f) => !this.#features.has(f));
    return missing.length > 0 ? new EngineLacks(missing.sort()) : undefined;
  }

  /**
   * A module the engine cannot run may have changed the state (memories,
   * tables, globals) of the registered instances it imports from: what is
   * later observed there is no longer a verdict on watkit.
   */
  #taint(model: Module, lacking: EngineLacks): void {
    for (const entity of model.imports) {
      const instance = this.#registry.get(entity.import!.module);
      if (instance && !("unusable" in instance) && instance.model) {
        instance.tainted ??= `state changed by a module the engine cannot run (${lacking.message})`;
      }
    }
  }

  #instantiate(definition: Definition): Instance {
    const imports: Record<string, WebAssembly.ModuleImports> = {};
    for (const { module } of WebAssembly.Module.imports(definition.compiled)) {
      const registered = this.#registry.get(module);
      if (registered !== undefined && "unusable" in registered) throw registered.unusable;
      imports[module] = (registered?.exports as WebAssembly.ModuleImports | undefined) ?? {};
    }
    const instance = new WebAssembly.Instance(definition.compiled, imports);
    return { model: definition.model!, exports: instance.exports };
  }

  #perform(action: ActionNode): Value[] {
    const instance = this.#instance(action.module?.name);
    if ("unusable" in instance) throw instance.unusable;
    this.#actedOn = instance;
    const exported = instance.exports[action.name];
    const model = instance.model;
    const target = model?.exports.find((e) => e.name === action.name);
    if (model === undefined || exported === undefined || target === undefined) throw new Failure(`no export "${action.name}"`);
    if (action.kind === "get") {
      if (target.target.entity !== "global") throw new Failure(`"${action.name}" is not a global`);
      return [this.#adapters.get(model, target.target, exported as WebAssembly.Global)];
    }
    if (target.target.entity !== "func") throw new Failure(`"${action.name}" is not a function`);
    const args = action.args.map((a) => argOf(a, this.#hosts));
    return this.#adapters.call(model, target.target, exported as CallableFunction & WebAssembly.ImportValue)(args);
  }

  #assertReturn(action: ActionNode, results: ValueNode[]): void {
    const expected = results.map(expectedOf);
    const values = this.#perform(action);
    if (values.length !== expected.length) throw new Failure(`expected ${expected.length} results, got ${values.length}`);
    const wrong = expected.findIndex((e, i) => !matches(values[i], e));
    if (wrong >= 0) {
      const at = expected.length > 1 ? `result ${wrong + 1}: ` : "";
      throw new Failure(`${at}expected ${expectedText(expected[wrong])}, got ${valueText(values[wrong], expected[wrong])}`);
    }
  }

  #assertMalformed(node: ScriptModule): void {
    try {
      if (node.kind === "quote") watToModule(quotedText(node, this.source));
      else this.#load(node);
    } catch (error) {
      if (error instanceof WatError || error instanceof WasmDecodeError) return;
      throw new Failure(`watkit crashed instead of rejecting the module: ${messageOf(error)}`);
    }
    throw new Failure("watkit accepts the malformed module");
  }

  /** `custom`: the module is invalid only for a custom section's content. */
  #assertInvalid(node: ScriptModule, custom: boolean): void {
    let loaded: Loaded;
    try {
      loaded = this.#load(node);
    } catch (error) {
      if (error instanceof WatError && node.kind !== "binary") return;
      throw new Failure(`watkit could not read the module: ${messageOf(error)}`);
    }
    if (!this.options.validate && custom) {
      throw new EngineLacks([], "the engine does not validate custom sections, and no validator was given");
    }
    if (this.options.validate) {
      if (!this.options.validate(loaded.bytes, loaded.model).valid) return;
      throw new Failure("the validator accepts the invalid module");
    }
    if (!engineValidates(loaded.bytes)) {
      const lacking = this.#lacking(loaded.model);
      if (lacking) throw lacking;
      return;
    }
    throw new Failure("the engine accepts watkit's encoding of the invalid module");
  }
}

/** Passes when `run` traps for the reason `message` names. */
function expectTrap(run: () => unknown, message: string): void {
  try {
    run();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      const right = isTrap(message, error.message);
      if (right === true) return;
      throw new Failure(
        right === false
          ? `expected the trap "${message}", got "${error.message}"`
          : `the trap "${message}" has no known engine message (got "${error.message}")`,
      );
    }
    if (error instanceof EngineLacks) throw error;
    throw new Failure(`expected the trap "${message}", got ${messageOf(error)}`);
  }
  throw new Failure(`expected the trap "${message}", but it succeeded`);
}

/** Passes when `run` throws an instance of `kind`; a skip stays a skip. */
function expectThrow(run: () => unknown, kind: abstract new (...args: never[]) => unknown, what: string): void {
  try {
    run();
  } catch (error) {
    if (error instanceof kind) return;
    if (error instanceof EngineLacks) throw error;
    throw new Failure(`expected ${what}, got ${messageOf(error)}`);
  }
  throw new Failure(`expected ${what}, but it succeeded`);
}

/** `WebAssembly.Exception`, which the JS API's typings do not declare yet. */
function wasmException(): abstract new () => unknown {
  return (WebAssembly as unknown as { Exception: abstract new () => unknown }).Exception;
}

function messageOf(error: unknown): string {
  if (error instanceof Failure) return error.message;
  if (error instanceof Error) return `${error.constructor.name}: ${error.message}`;
  return String(error);
}

