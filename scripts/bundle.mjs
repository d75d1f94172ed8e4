// Bundles the extension client, the language server and the CLI into dist/ (one file each).
import { build } from 'esbuild';

const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, minify: true, logLevel: 'warning',
  // Some dependencies are ES modules that read import.meta.url; give them the bundle's own URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
  // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; bundle its ES build.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

// VS Code 1.82's extension host runs Node 18, and forks the server with that same Node.
const editor = { ...common, target: 'node18' };

await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
  build({ ...editor, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...editor, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' }),
]);
