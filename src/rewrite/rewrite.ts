/**
 * `rewrite(module, steps, options)`: runs passes in order on one module and
 * checks the result. Bare indices in every step mean the module as given
 * (`InputIndices`), and a result that does not validate is an error naming
 * the step that broke it.
 */
import { readFileSync } from "node:fs";
import type { Module } from "../module/model.js";
import { validate } from "../validate/validate.js";
import { InputIndices } from "./input-indices.js";
import { type Pass, PassError, type PassHost, type PassStep, splitStep } from "./pass.js";
import { findPass } from "./registry.js";
import { InvalidRewriteError } from "./errors.js";

export interface RewriteOptions {
  /**
   * Validate after the steps (the default): the input first, then the
   * result of each step while the module stays valid, so that an invalid
   * result names the step that made it so. `false` skips all of it.
   */
  validate?: boolean;
  /** Reads files named in pass arguments; by default from the file system. */
  readFile?: (path: string) => Uint8Array;
  /** Hears what a pass says that is not an error; by default `process.emitWarning`. */
  warn?: (message: string) => void;
}

/** Runs each step on the module (in place where the pass allows) and gives the result. */
export function rewrite(module: Module, steps: readonly PassStep[], options: RewriteOptions = {}): Module {
  const input = new InputIndices(module);
  const host: PassHost = {
    readFile: options.readFile ?? ((path) => readFileSync(path)),
    input,
    warn: options.warn ?? ((message) => process.emitWarning(message, "WatkitRewriteWarning")),
  };
  const checking = options.validate !== false;
  const inputValid = checking && validate(module).valid;
  let current = module;
  steps.forEach((step, i) => {
    input.step = stepName(step, i);
    if (typeof step === "function") {
      current = step(current) ?? current;
    } else {
      const { pass, arg } = typeof step === "string" ? lookup(splitStep(step)) : { pass: resolvePass(step.pass), arg: step.arg };
      current = pass.run(current, arg, host) ?? current;
    }
    input.settle(current);
    if (inputValid) {
      const result = validate(current);
      if (!result.valid) throw new InvalidRewriteError(input.step, result.errors, current);
    }
  });
  if (checking && !inputValid) {
    const result = validate(current);
    if (!result.valid) throw new InvalidRewriteError(undefined, result.errors, current);
  }
  return current;
}

function stepName(step: PassStep, i: number): string {
  if (typeof step === "function") return `${step.name || "(function)"} (step ${i + 1})`;
  if (typeof step === "string") return splitStep(step).name;
  return typeof step.pass === "string" ? step.pass : step.pass.name;
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
