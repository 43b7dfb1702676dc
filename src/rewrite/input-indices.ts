/**
 * The index spaces of the module given to `rewrite`, before any step: what
 * `watkit print` of the input shows. A bare index in a WAT snippet or a pass
 * argument means that entity, however earlier steps renumbered the module;
 * an index whose entity a step removed is an error that names the step.
 */
import type { Module } from "../module/model.js";
import type { BaseIndices, BasePlace } from "../module/resolve.js";
import type { Target } from "./walk.js";
import { entitiesOf } from "./walk.js";
import { indexSpaces } from "../module/index-space.js";

type SpaceName = keyof BaseIndices;

/** How messages name an entity of each space. */
const WORDS: Record<SpaceName, string> = {
  types: "type",
  funcs: "function",
  tables: "table",
  memories: "memory",
  globals: "global",
  tags: "tag",
  elems: "elem segment",
  datas: "data segment",
};

export class InputIndices {
  private readonly input: Record<SpaceName, readonly Target[]>;
  private readonly inInput: Set<Target>;
  /** The entities the module had after the last settled step. */
  private live: Set<Target>;
  private readonly removedBy = new Map<Target, string>();
  private readonly addedBy = new Map<Target, string>();
  /** The step running now: what removed an entity that no settled step did. */
  step = "";

  constructor(module: Module) {
    this.input = indexSpaces(module);
    this.inInput = new Set(entitiesOf(module));
    this.live = this.inInput;
  }

  /** Notes what the step that just ran removed and added. */
  settle(module: Module): void {
    const now = new Set(entitiesOf(module));
    for (const e of this.live) if (!now.has(e) && this.inInput.has(e)) this.removedBy.set(e, this.step);
    for (const e of now) if (!this.live.has(e)) this.addedBy.set(e, this.step);
    this.live = now;
  }

  /**
   * The places bare indices of a snippet name in `module` (as the running
   * step has left it so far): the input's entities at their input indices,
   * then what the steps added, which only a `$name` may name.
   */
  places(module: Module): BaseIndices {
    const now = indexSpaces(module);
    const live = new Set(Object.values(now).flat());
    const places = {} as Record<SpaceName, BasePlace<Target>[]>;
    for (const space of Object.keys(WORDS) as SpaceName[]) {
      const list: BasePlace<Target>[] = this.input[space].map((entity, i) =>
        live.has(entity) ? { entity, named: true } : { entity, named: false, refusal: this.removedMessage(space, i) },
      );
      for (const entity of now[space]) {
        if (this.inInput.has(entity)) continue;
        list.push({ entity, named: true, refusal: this.addedMessage(space, list.length, entity) });
      }
      places[space] = list;
    }
    return places as unknown as BaseIndices;
  }

  /** The entity at `index` of the input's `space`, still in `module`; a string says why there is none. */
  entity(space: SpaceName, index: number, module: Module): Target | string {
    const entity = this.input[space][index];
    if (entity === undefined) return `the input has no ${WORDS[space]} ${index}`;
    if (!entitiesOf(module).includes(entity)) return this.removedMessage(space, index);
    return entity;
  }

  private removedMessage(space: SpaceName, index: number): string {
    const by = this.removedBy.get(this.input[space][index]) ?? this.step;
    return `index ${index} refers to ${WORDS[space]} ${index} of the input, which pass ${by} removed`;
  }

  private addedMessage(space: SpaceName, index: number, entity: Target): string {
    const by = this.addedBy.get(entity) ?? this.step;
    const name = entity.name !== undefined ? `; name it $${entity.name}` : "";
    return `index ${index} is past the input's ${WORDS[space]}s: indices mean what the input shows, and pass ${by} added this ${WORDS[space]}${name}`;
  }
}
