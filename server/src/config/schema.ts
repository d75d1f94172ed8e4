// The JSON schema of debate.config.json, built from the rule registry so it never drifts from
// what the CLI accepts. schemas/debate.config.schema.json is this output; a test keeps them equal.
// Regenerate: `npm run build && node out/server/src/config/schema.js > schemas/debate.config.schema.json`
import { RULES } from '../language';
import { SEVERITY_SETTINGS } from './config';

export function configSchema(): object {
  const severity = {
    enum: [...SEVERITY_SETTINGS],
    enumDescriptions: ['Report as an error: `debate lint` exits 1.', 'Report as a warning.', 'Report as information.', 'Report as a hint.', 'Do not run the rule.'],
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Debate Notes configuration (debate.config.json)',
    description: 'Rule severities and ignored files for `debate lint`, `debate fmt` and the editor. The nearest debate.config.json above a file applies.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The schema of this file.' },
      rules: {
        type: 'object',
        description: 'Severity per rule id: error, warning, info, hint or off. Rules not listed keep their default.',
        additionalProperties: false,
        properties: Object.fromEntries(RULES.map((r) => [r.id, {
          ...severity,
          description: `${r.description} (default: ${r.defaultSeverity})`,
          default: r.defaultSeverity,
        }])),
      },
      ignore: {
        type: 'array',
        description: 'Glob patterns, relative to this file, of .debate files and folders to skip.',
        items: { type: 'string', minLength: 1 },
      },
    },
  };
}

if (require.main === module) process.stdout.write(JSON.stringify(configSchema(), null, 2) + '\n');
