;;; init.el --- Emacs set-up for Debate Notes, as shown in the README  -*- lexical-binding: t -*-
;; scripts/emacs-test.mjs loads this file as the user's init file (tested with Emacs 28.2 and
;; Debian's elpa-eglot 1.9; eglot is built in since Emacs 29).
;; Needs `debate-language-server' on PATH (npm install -g debate-notes).
(require 'eglot)
(define-derived-mode debate-mode prog-mode "Debate"
  (setq-local comment-start "// "))
(add-to-list 'auto-mode-alist '("\\.debate\\'" . debate-mode))
(add-to-list 'eglot-server-programs '(debate-mode "debate-language-server" "--stdio"))
(add-hook 'debate-mode-hook #'eglot-ensure)
