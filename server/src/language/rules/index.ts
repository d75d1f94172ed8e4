// The rule registry: adding a rule is adding a file and one line here.
import { circularSupport } from './circular-support';
import { cruxOnUndisputed } from './crux-on-undisputed';
import { defeatedClaim } from './defeated-claim';
import { duplicateId } from './duplicate-id';
import { emptyStatement } from './empty-statement';
import { expectationFailed } from './expectation-failed';
import { misplacedClaim } from './misplaced-claim';
import { mixedIndentation } from './mixed-indentation';
import { orphanStatement } from './orphan-statement';
import type { Rule } from './rule';
import { selfTarget } from './self-target';
import { syntaxError } from './syntax-error';
import { unknownReference } from './unknown-reference';
import { unlinkedCrux } from './unlinked-crux';
import { unsupportedClaim } from './unsupported-claim';

export const RULES: readonly Rule[] = [
  syntaxError,
  unknownReference,
  duplicateId,
  orphanStatement,
  misplacedClaim,
  selfTarget,
  emptyStatement,
  unsupportedClaim,
  circularSupport,
  unlinkedCrux,
  mixedIndentation,
  defeatedClaim,
  cruxOnUndisputed,
  expectationFailed,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]));

export type { Rule, RuleContext, Report } from './rule';
