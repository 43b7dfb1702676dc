/**
 * A module with nothing in it: the starting point for resolve, decode and
 * builders. Its optional members are there, unset, and its lists are made
 * for objects (`objectList`), so that every module has one shape whatever it
 * holds: code reading modules is then compiled once.
 */
import type { Module } from "./model.js";

export function emptyModule(): Module {
  return {
    name: undefined,
    types: objectList(),
    imports: objectList(),
    funcs: objectList(),
    tables: objectList(),
    memories: objectList(),
    globals: objectList(),
    tags: objectList(),
    exports: objectList(),
    start: undefined,
    startOffset: undefined,
    elems: objectList(),
    datas: objectList(),
    customs: objectList(),
    dataCount: false,
    exact: undefined,
    linking: undefined,
  };
}

/** An empty list made for objects, copied (see `objectList`). */
const NO_OBJECTS: unknown[] = [undefined];
NO_OBJECTS.pop();

/**
 * A new list for objects, `length` slots of undefined: made for objects, so
 * that each such list has one map whatever module made it. A `[]` is made
 * for small integers and changes its map on its first object or hole, and a
 * store or load past a list's end is out of its bounds; either throws away
 * code optimised on the previous module's filled lists.
 */
export function objectList<T>(length = 0): T[] {
  // Most lists start with no slot or one; a cut (`length = n`) is a call into the runtime, costing several times a copy of the empty list.
  if (length === 1) return [undefined as T];
  // A short list is a copy of one of its length: grown by `push`, it would keep room for 17 (a type's parameters, a segment's items).
  if (length < SLOTS.length) return SLOTS[length].slice() as T[];
  const list = NO_OBJECTS.slice() as T[];
  while (list.length < length) list.push(undefined as T);
  return list;
}

/** Lists of undefined slots by length, for `objectList` to copy. */
const SLOTS: readonly unknown[][] = Array.from({ length: 17 }, (_, n) => {
  const list = NO_OBJECTS.slice();
  for (let i = 0; i < n; i++) list.push(undefined);
  return list.slice();
});

/**
 * `list.map(f)` as an `objectList`: a mapped list is otherwise holey, and
 * of one map when empty and another when not, and code that has met only
 * the one throws itself away at the first of the other.
 */
export function mappedList<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out = objectList<U>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = f(list[i], i);
  return out;
}

/**
 * A list of objects without its spare room: an array grown by `push` keeps
 * room for 17 items, and a module or skeleton holds a few short lists per
 * function for as long as it lives (5 MB of the 46 MB text's skeleton). An
 * empty one is an `objectList`, of the same map as the filled ones.
 */
export function fitted<T>(list: readonly T[]): T[] {
  return list.length === 0 ? objectList() : list.slice();
}

/** A list of small integers (see `objectList`), `length` slots of 0. */
export function intList(length: number): number[] {
  const list: number[] = [];
  while (list.length < length) list.push(0);
  return list;
}
