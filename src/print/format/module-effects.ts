/**
 * The stack effects folding needs from the module (see `instruction-style.ts`):
 * each text module of the script is resolved, and every instruction whose
 * counts depend on the module (a call, a branch, a struct or array operation,
 * `throw`) and are known is recorded at its source position. A module that
 * does not resolve (a script's `assert_invalid` naming nothing) gives none:
 * its code stays flat where the counts would be needed.
 */
import { stackEffect, type StackEffect } from "../../isa/stack-effect.js";
import { instrEffect } from "../../module/instr-effect.js";
import type { Instr, Module } from "../../module/model.js";
import { resolveModule } from "../../module/resolve.js";
import type { Command, ModuleNode, Script } from "../../syntax/ast.js";
import { WatError } from "../../syntax/errors.js";
import type { ModuleEffects } from "./instruction-style.js";

export function moduleEffects(script: Script): ModuleEffects {
  const effects = new Map<number, StackEffect>();
  for (const command of script.commands) {
    const node = textModuleOf(command);
    if (node === undefined) continue;
    let module: Module;
    try {
      module = resolveModule(node, script.source);
    } catch (error) {
      if (error instanceof WatError) continue;
      throw error;
    }
    record(module, effects);
  }
  return effects;
}

/** The text module a command holds (`instance`, `register` and actions only name one). */
function textModuleOf(command: Command): ModuleNode | undefined {
  switch (command.kind) {
    case "instance":
    case "register":
      return undefined;
    default:
      return "module" in command && command.module?.kind === "module" ? command.module : undefined;
  }
}

function record(module: Module, effects: Map<number, StackEffect>): void {
  for (const func of module.funcs) {
    // An explicit stack of bodies: nesting depth costs no recursion.
    const bodies: Instr[][] = [func.body];
    for (let body = bodies.pop(); body !== undefined; body = bodies.pop()) {
      for (const ins of body) {
        if (ins.body !== undefined) {
          bodies.push(ins.body);
          if (ins.else !== undefined) bodies.push(ins.else);
          for (const handler of ins.handlers ?? []) bodies.push(handler.body);
          continue;
        }
        if (ins.offset === undefined || stackEffect(ins.op) !== null) continue;
        const effect = instrEffect(ins, func);
        if (effect.pops >= 0) effects.set(ins.offset, effect);
      }
    }
  }
}
