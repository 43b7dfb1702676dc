/**
 * Visiting the items of nested sequences (instructions and the bodies they
 * hold) in order, with an explicit stack: compiled code nests thousands of
 * blocks deep, past what recursion per level can take.
 */

/**
 * Each item of `root` and of the sequences nested in it, an item before
 * those nested in it and they before the item after it; with the sequence
 * that holds it. `nested` enters an item's sequences last to first.
 */
export function walkNested<T>(root: readonly T[], visit: (item: T, seq: readonly T[]) => void, nested: (item: T, enter: (seq: readonly T[] | undefined) => void) => void): void {
  const seqs: (readonly T[])[] = [];
  const next: number[] = [];
  const enter = (seq: readonly T[] | undefined): void => {
    if (seq === undefined || seq.length === 0) return;
    seqs.push(seq);
    next.push(0);
  };
  enter(root);
  while (seqs.length > 0) {
    const top = seqs.length - 1;
    const seq = seqs[top];
    const i = next[top];
    if (i === seq.length) {
      seqs.pop();
      next.pop();
      continue;
    }
    next[top] = i + 1;
    visit(seq[i], seq);
    nested(seq[i], enter);
  }
}
