/**
 * What rules ask about a function body as a whole (where control stops,
 * which labels are branched to, which writes to locals are dead), worked out
 * on first request and shared by every rule while the walk is in that
 * function.
 */
import type { Func, Instr } from "../module/model.js";
import { ControlFlow } from "./control.js";
import { deadStores } from "./dead-stores.js";

export class FuncAnalysis {
  #flow: ControlFlow | undefined;
  #dead: Set<Instr> | undefined;

  constructor(readonly func: Func) {}

  get flow(): ControlFlow {
    return (this.#flow ??= new ControlFlow(this.func));
  }

  /** The `local.set`/`local.tee` whose value no later `local.get` reads. */
  get deadStores(): Set<Instr> {
    return (this.#dead ??= deadStores(this.func));
  }
}

/** The analysis of one function at a time: the walk finishes a function before the next, so older ones are dropped. */
export function funcAnalyses(): (func: Func) => FuncAnalysis {
  let last: FuncAnalysis | undefined;
  return (func) => (last?.func === func ? last : (last = new FuncAnalysis(func)));
}
