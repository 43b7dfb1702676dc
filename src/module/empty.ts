/** A module with nothing in it: the starting point for resolve, decode and builders. */
import type { Module } from "./model.js";

export function emptyModule(): Module {
  return {
    types: [],
    imports: [],
    funcs: [],
    tables: [],
    memories: [],
    globals: [],
    tags: [],
    exports: [],
    elems: [],
    datas: [],
    customs: [],
    dataCount: false,
  };
}
