/** Every lint rule by id: drives `lint`, the presets, `watkit lint --help` and the rule docs. */
import { presetRules, type ConfigObject } from "./config.js";
import type { LintRule } from "./rule.js";
import { explicitMemoryTableIndex } from "./rules/explicit-memory-table-index.js";
import { idMatch } from "./rules/id-match.js";
import { instructionStyle } from "./rules/instruction-style.js";
import { noAtomicOnUnsharedMemory } from "./rules/no-atomic-on-unshared-memory.js";
import { noDeprecated } from "./rules/no-deprecated.js";
import { noImplicitModule } from "./rules/no-implicit-module.js";
import { noLegacyExceptions } from "./rules/no-legacy-exceptions.js";
import { noLegacyMnemonics } from "./rules/no-legacy-mnemonics.js";
import { noNeedlessBlock } from "./rules/no-needless-block.js";
import { noNeedlessMut } from "./rules/no-needless-mut.js";
import { noNeedlessTryTable } from "./rules/no-needless-try-table.js";
import { noNop } from "./rules/no-nop.js";
import { noOutOfBoundsSegment } from "./rules/no-out-of-bounds-segment.js";
import { noOverlappingData } from "./rules/no-overlapping-data.js";
import { noRedundantDrop } from "./rules/no-redundant-drop.js";
import { noRedundantTypeUse } from "./rules/no-redundant-type-use.js";
import { noSelfAssignLocal } from "./rules/no-self-assign-local.js";
import { noShadowedLabel } from "./rules/no-shadowed-label.js";
import { noUnreachable } from "./rules/no-unreachable.js";
import { noUnreadLocal } from "./rules/no-unread-local.js";
import { noUnused } from "./rules/no-unused.js";
import { noUselessBr } from "./rules/no-useless-br.js";
import { noUselessCatch } from "./rules/no-useless-catch.js";
import { numericLiteralStyle } from "./rules/numeric-literal-style.js";
import { preferLocalTee } from "./rules/prefer-local-tee.js";
import { preferNamedRefs } from "./rules/prefer-named-refs.js";
import { preferReturnCall } from "./rules/prefer-return-call.js";
import { singleModule } from "./rules/single-module.js";
import { targetFeatures } from "./rules/target-features.js";

export const RULES: readonly LintRule[] = [
  noUnused,
  noUnreadLocal,
  noShadowedLabel,
  noUnreachable,
  noNeedlessMut,
  noNeedlessTryTable,
  noUselessCatch,
  noDeprecated,
  noImplicitModule,
  singleModule,
  explicitMemoryTableIndex,
  noSelfAssignLocal,
  noOverlappingData,
  noOutOfBoundsSegment,
  noAtomicOnUnsharedMemory,
  preferLocalTee,
  noRedundantDrop,
  noUselessBr,
  noNop,
  noNeedlessBlock,
  preferReturnCall,
  instructionStyle,
  noRedundantTypeUse,
  preferNamedRefs,
  idMatch,
  numericLiteralStyle,
  noLegacyExceptions,
  noLegacyMnemonics,
  targetFeatures,
];

export function findRule(id: string): LintRule | undefined {
  return RULES.find((r) => r.id === id);
}

/** The presets: `recommended` (the rules worth their findings on any module) and `all`. */
export const configs: { recommended: ConfigObject; all: ConfigObject } = {
  recommended: { rules: presetRules(RULES, "recommended") },
  all: { rules: presetRules(RULES, "all") },
};
