/** The formatters by name: drives `watkit lint -f NAME` and its help. */
import { compact } from "./compact.js";
import type { Formatter } from "./formatter.js";
import { github } from "./github.js";
import { json } from "./json.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, compact, sarif, github };

export type { Formatter } from "./formatter.js";
