/**
 * A module with nothing in it: the starting point for resolve, decode and
 * builders. Its optional members are there, unset, so that every module has
 * one shape whatever it holds: code reading modules is then compiled once.
 */
import type { Module } from "./model.js";

export function emptyModule(): Module {
  return {
    name: undefined,
    types: [],
    imports: [],
    funcs: [],
    tables: [],
    memories: [],
    globals: [],
    tags: [],
    exports: [],
    start: undefined,
    startOffset: undefined,
    elems: [],
    datas: [],
    customs: [],
    dataCount: false,
  };
}
