#!/usr/bin/env node
// Neovim as a second real LSP client: headless Neovim loads test/nvim/init.lua (the
// README's set-up) as its init.lua and runs the checks in test/nvim/lsp.lua against
// `debate-language-server --stdio` (dist/server.js; build first). Needs `nvim` 0.7+
// (scripts/e2e-setup.sh installs Debian's neovim).
//
//   node scripts/nvim-test.mjs
//
// The last line is `nvim: N passed, N failed`; exit 0 only when every check passed.
import path from 'node:path';
import { repo, runClient } from './e2e-lsp-client.mjs';

await runClient({
  name: 'nvim',
  command: 'nvim',
  args: ['--headless', '-u', path.join(repo, 'test/nvim/init.lua'), '-i', 'NONE', '-c', `luafile ${path.join(repo, 'test/nvim/lsp.lua')}`],
  install: 'run scripts/e2e-setup.sh (Debian: apt-get install neovim)',
});
