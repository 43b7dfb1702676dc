/**
 * How many threads a split conversion uses: what `jobs` asks for, one per
 * core without it once the input is large enough to gain from them, and
 * never more than one per the size a thread needs to pay for itself.
 */
import { availableParallelism } from "node:os";
import { threadsFor } from "../../src/wat2wasm/batch-run.js";

const MB = 1 << 20;

describe("threadsFor", () => {
  test("without jobs, an input below the default size keeps to the calling thread", () => {
    expect(threadsFor(8 * MB - 1, undefined, MB / 2, 8 * MB)).toBe(1);
  });

  test("without jobs, an input of the default size or more takes one thread per core", () => {
    expect(threadsFor(8 * MB, undefined, MB / 2, 8 * MB)).toBe(Math.min(availableParallelism(), 16));
    expect(threadsFor(1024 * MB, undefined, MB / 2, 8 * MB)).toBe(availableParallelism());
  });

  test("given jobs, it is followed below the default size", () => {
    expect(threadsFor(3 * MB, 2, MB, 128 * MB)).toBe(2);
    expect(threadsFor(3 * MB, 1, MB, 128 * MB)).toBe(1);
  });

  test("no thread is started for less than its share of the input", () => {
    expect(threadsFor(3 * MB, 8, MB, 128 * MB)).toBe(3);
    expect(threadsFor(MB - 1, 2, MB, 128 * MB)).toBe(1);
  });
});
