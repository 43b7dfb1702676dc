/**
 * Dead stores: the `local.set`/`local.tee` of a function whose value no
 * later `local.get` can read on any path (backward liveness over the
 * structured control flow). A branch carries the liveness of its target
 * label; loop heads are worked out to a fixed point; inside `try_table` and
 * a legacy `try` any instruction may throw, so what the handlers read stays
 * live throughout the body.
 */
import type { Func, Instr, LabelTarget } from "../module/model.js";

/** Liveness of locals by index, 32 to a number (small arrays of small integers are cheaper to make than typed arrays). */
type Live = number[];

/** Instructions after which nothing in the sequence runs. */
const NO_FALLTHROUGH = new Set(["unreachable", "return", "return_call", "return_call_indirect", "return_call_ref", "throw", "throw_ref", "rethrow"]);

/** Branches that leave to their label on one path and fall through on the other. */
const CONDITIONAL = new Set(["br_if", "br_on_null", "br_on_non_null", "br_on_cast", "br_on_cast_fail"]);

export function deadStores(func: Func): Set<Instr> {
  const words = (func.params.length + func.locals.length + 31) >>> 5;
  const labels = new Map<LabelTarget, Live>();
  // The last pass decides, the one in which no loop head changed.
  const dead = new Set<Instr>();
  const empty = (): Live => new Array<number>(words).fill(0);
  const union = (into: Live, from: Live | undefined): void => {
    if (from === undefined) return;
    for (let i = 0; i < words; i++) into[i] |= from[i];
  };
  const label = (target: LabelTarget | undefined): Live | undefined => (target === undefined ? undefined : labels.get(target));
  // A branch to a label this walk does not know (dangling in an invalid body) is taken as reading everything.
  const all = (): Live => new Array<number>(words).fill(-1);

  // Walks wait on a stack of their own, not the call stack: compiled code nests thousands of blocks deep.
  // A sequence is walked back to its last structured instruction, which leaves the walks of its bodies
  // and what follows them (the rest of the sequence last) on the stack.
  const work: (() => void)[] = [];

  /** Liveness before `seq` from `end` down, given liveness after it and what may throw to; `live` is updated in place. */
  const sequence = (seq: readonly Instr[], live: Live, thrown: Live | undefined, end = seq.length): void => {
    for (let i = end - 1; i >= 0; i--) {
      const ins = seq[i];
      if (ins.body !== undefined) {
        work.push(() => {
          union(live, thrown);
          sequence(seq, live, thrown, i);
        });
        structured(ins, live, thrown);
        return;
      }
      instr(ins, live);
      union(live, thrown);
    }
  };
  const later = (seq: readonly Instr[], live: Live, thrown: Live | undefined): void => {
    work.push(() => sequence(seq, live, thrown));
  };

  const instr = (ins: Instr, live: Live): void => {
    const name = ins.op.name;
    const local = ins.local;
    if (local !== undefined && local.entity === "local") {
      const word = local.index >>> 5;
      const bit = 1 << (local.index & 31);
      if (name === "local.get") live[word] |= bit;
      else {
        if ((live[word] & bit) === 0) dead.add(ins);
        live[word] &= ~bit;
      }
      return;
    }
    if (NO_FALLTHROUGH.has(name)) {
      live.fill(0);
      return;
    }
    if (name === "br") {
      const target = label(ins.label) ?? all();
      for (let i = 0; i < words; i++) live[i] = target[i];
      return;
    }
    if (CONDITIONAL.has(name)) {
      union(live, label(ins.label) ?? all());
      return;
    }
    if (name === "br_table") {
      live.fill(0);
      for (const target of ins.labels ?? []) union(live, label(target) ?? all());
    }
  };

  /** A structured instruction: its label's liveness is set here, its bodies' walks (pushed last to first) wait on `work`. */
  const structured = (ins: Instr, live: Live, thrown: Live | undefined): void => {
    const name = ins.op.name;
    if (name === "loop") {
      loop(ins, live, thrown);
      return;
    }
    const after = live.slice();
    labels.set(ins, after);
    if (name === "if") {
      const otherwise = after.slice();
      work.push(() => union(live, otherwise));
      later(ins.body!, live, thrown);
      if (ins.else) later(ins.else, otherwise, thrown);
      return;
    }
    if (name === "try_table") {
      const handlers = empty();
      union(handlers, thrown);
      for (const c of ins.catches ?? []) union(handlers, label(c.label) ?? all());
      later(ins.body!, live, handlers);
      return;
    }
    if (name === "try") {
      const handlers = empty();
      union(handlers, thrown);
      // What a delegated exception meets is outside this walk's reach.
      if (ins.delegate !== undefined) union(handlers, all());
      // The body, once every handler's entry is in `handlers`.
      later(ins.body!, live, handlers);
      for (const h of ins.handlers ?? []) {
        const entry = after.slice();
        work.push(() => union(handlers, entry));
        later(h.body, entry, thrown);
      }
      return;
    }
    later(ins.body!, live, thrown);
  };

  // A loop's head is what its body reads before writing, on the way out or back to the head. One pass
  // with a head taken as known gives the head exactly when the branches around it are already exact, so
  // the passes repeat, each head only growing, until none changes: as many passes as loops are nested.
  const heads = new Map<Instr, Live>();
  let changed = false;
  const loop = (ins: Instr, live: Live, thrown: Live | undefined): void => {
    let head = heads.get(ins);
    if (head === undefined) heads.set(ins, (head = empty()));
    labels.set(ins, head);
    const known = head;
    work.push(() => {
      for (let i = 0; i < words; i++) {
        if ((live[i] | known[i]) !== known[i]) changed = true;
        known[i] |= live[i];
      }
    });
    later(ins.body!, live, thrown);
  };

  labels.set(func, empty());
  do {
    changed = false;
    dead.clear();
    sequence(func.body, empty(), undefined);
    for (let task = work.pop(); task !== undefined; task = work.pop()) task();
  } while (changed);
  return dead;
}
