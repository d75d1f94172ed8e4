#!/usr/bin/env node
// Emacs's eglot as an LSP client: batch Emacs loads test/emacs/init.el (the README's
// set-up) and runs the checks in test/emacs/lsp.el against `debate-language-server
// --stdio` (dist/server.js; build first). Needs Emacs with eglot (built in since 29;
// scripts/e2e-setup.sh installs Debian's emacs-nox and elpa-eglot).
//
//   node scripts/emacs-test.mjs
//
// The last line is `emacs: N passed, N failed`; exit 0 only when every check passed.
import path from 'node:path';
import { repo, runClient } from './e2e-lsp-client.mjs';

await runClient({
  name: 'emacs',
  command: 'emacs',
  // -q: no user init, but the site start files, which put Debian's elpa packages on the load path.
  args: ['--batch', '-q', '-l', path.join(repo, 'test/emacs/init.el'), '-l', path.join(repo, 'test/emacs/lsp.el')],
  install: 'run scripts/e2e-setup.sh (Debian: apt-get install emacs-nox elpa-eglot)',
});
