// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule in tool.driver,
// 1-based regions, file URIs relative to the repository root through `%SRCROOT%`.
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { repository, version } from '../../../../package.json';
import { RULES, type Diagnostic, type Range, type Severity } from '../../language';
import { relativeTo } from '../files';
import type { Formatter } from './report';

const ROOT = '%SRCROOT%';
const PROJECT_URL = repository.url.replace(/\.git$/, '');

export function ruleHelpUri(id: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules.md#${id}`;
}

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function region(r: Range): Sarif.Region {
  return {
    startLine: r.start.line + 1,
    startColumn: r.start.character + 1,
    endLine: r.end.line + 1,
    endColumn: r.end.character + 1,
  };
}

const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));

export const sarif: Formatter = (results, ctx) => {
  const sarifResults: Sarif.Result[] = [];
  for (const r of results) {
    const rel = r.file ? relativeTo(ctx.root, r.file) : null;
    const artifactLocation: Sarif.ArtifactLocation = r.file && rel === null
      ? { uri: pathToFileURL(r.file).href }
      : { uri: (rel ?? r.path).split('/').map(encodeURIComponent).join('/'), uriBaseId: ROOT };
    for (const d of r.diagnostics) sarifResults.push(result(d, artifactLocation));
  }
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'debate',
          fullName: 'Debate Notes lint',
          version,
          semanticVersion: version,
          informationUri: PROJECT_URL,
          rules: RULES.map((rule) => ({
            id: rule.id,
            name: rule.id.replace(/(^|-)(\w)/g, (_m, _d, ch: string) => ch.toUpperCase()),
            shortDescription: { text: rule.description },
            helpUri: ruleHelpUri(rule.id),
            defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
          })),
        },
      },
      originalUriBaseIds: { [ROOT]: { uri: pathToFileURL(ctx.root).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function result(d: Diagnostic, artifactLocation: Sarif.ArtifactLocation): Sarif.Result {
  const res: Sarif.Result = {
    ruleId: d.rule,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
  };
  const index = ruleIndex.get(d.rule);
  if (index !== undefined) res.ruleIndex = index;
  if (d.related?.length) {
    res.relatedLocations = d.related.map((rel, i) => ({
      id: i,
      message: { text: rel.message },
      physicalLocation: { artifactLocation, region: region(rel.range) },
    }));
  }
  return res;
}
