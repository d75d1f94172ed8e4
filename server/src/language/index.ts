// Public surface of the analysis core. Pure: no I/O, no LSP connection.
export * from './types';
export { analyze, compareDiagnostics, contains, definitionOf, nodeAt, referencesTo } from './analyze';
export type { AnalyzedDocument, NodeAt } from './analyze';
export { parse, KEYWORDS } from './parser';
export type { SyntaxTree } from './parser';
export { link, incomingRelations, countIncoming, RELATION_OF } from './model';
export type { LinkedModel } from './model';
export { RULES, RULES_BY_ID } from './rules';
export {
  label, labelGraph, buildGraph, labelsOf, statusOf, statusModel, statusFromLabel, explain, explainWhy, explainDerivation,
  derivationOf, deriveLabel, docNamer, standingCounters, countersOf, reasonsOf, hinges, hingesOf, cruxReport,
  IN, OUT, UNDECIDED, LABEL_NAMES, CLAIM_STATUSES, STATUS_TEXT, STATUS_MARK,
} from './status';
export type {
  Label, LabelName, ClaimStatus, Derivation, Flip, Hinge, FrameworkRelation, Graph, Labelling, Namer, StatusModel,
  CruxReport, CruxEntry, CruxTarget,
} from './status';
export { diffStatuses, matchStatements } from './status-diff';
export type { ClaimRef, StatusChange, StatusDiff } from './status-diff';
export type { Rule, RuleContext, Report } from './rules';
export { anchorOf, codeList, nameOf, truncate } from './names';
export { isValidId, isWordCharBefore, closest, editDistance, matchId } from './ids';
export { formatDocument } from './format';
export type { FormatOptions } from './format';
