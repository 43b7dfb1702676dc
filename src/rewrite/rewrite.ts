/** `rewrite(module, steps)`: runs passes in order on one module. */
import { readFileSync } from "node:fs";
import type { Module } from "../module/model.js";
import { type Pass, PassError, type PassHost, type PassStep, splitStep } from "./pass.js";
import { findPass } from "./registry.js";

const FILE_HOST: PassHost = { readFile: (path) => readFileSync(path) };

/** Runs each step on the module (in place where the pass allows) and gives the result. */
export function rewrite(module: Module, steps: readonly PassStep[], host: PassHost = FILE_HOST): Module {
  let current = module;
  for (const step of steps) {
    if (typeof step === "function") {
      current = step(current) ?? current;
      continue;
    }
    const { pass, arg } = typeof step === "string" ? lookup(splitStep(step)) : { pass: resolvePass(step.pass), arg: step.arg };
    current = pass.run(current, arg, host) ?? current;
  }
  return current;
}

function lookup(step: { name: string; arg?: string }): { pass: Pass; arg?: string } {
  return { pass: resolvePass(step.name), arg: step.arg };
}

function resolvePass(pass: Pass | string): Pass {
  if (typeof pass !== "string") return pass;
  const found = findPass(pass);
  if (found === undefined) throw new PassError(pass, "no such pass (see `watkit rewrite --help`)");
  return found;
}
