#!/usr/bin/env node
/**
 * The `watkit` executable. It turns on V8's compile cache where Node has
 * one (`module.enableCompileCache`, Node 22.1 and later; on older Nodes
 * nothing happens), and only then loads the command line (`main.ts`) and
 * the modules it imports, so that a run after the first takes their
 * compiled code from the cache instead of compiling them again.
 */
import module from "node:module";

const enableCompileCache = (module as { enableCompileCache?: () => unknown }).enableCompileCache;
if (typeof enableCompileCache === "function") enableCompileCache();
await import("./main.js");
