;;; lsp.el --- Emacs's eglot against debate-language-server, in batch mode  -*- lexical-binding: t -*-
;; Run by scripts/emacs-test.mjs after test/emacs/init.el (the README's set-up), with the
;; fixtures folder in DEBATE_FIXTURES. Prints one line per check and closes with
;; `emacs: N passed, N failed'; exits 0 only when every check passed.
(require 'cl-lib)
(require 'subr-x)

(defvar debate-passed 0)
(defvar debate-failed 0)
(defconst debate-fixtures (or (getenv "DEBATE_FIXTURES") (error "DEBATE_FIXTURES is not set")))
(defconst debate-timeout 10.0)

(defun debate-out (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defmacro debate-check (name &rest body)
  (declare (indent 1))
  `(condition-case err
       (progn ,@body
              (setq debate-passed (1+ debate-passed))
              (debate-out "  ok    %s" ,name))
     (error (setq debate-failed (1+ debate-failed))
            (debate-out "  FAIL  %s: %s" ,name (error-message-string err)))))

(defun debate-wait (pred what)
  "Polls PRED (running timers and process output) until it is non-nil; errors after the timeout."
  (let ((deadline (+ (float-time) debate-timeout)) value)
    (while (and (not (setq value (funcall pred))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (or value (error "timed out waiting for %s" what))))

(defun debate-eq (actual expected what)
  (unless (equal actual expected)
    (error "%s: expected %S, got %S" what expected actual)))

(defun debate-open (name)
  "Visits fixture NAME and waits until eglot manages the buffer."
  (find-file (expand-file-name name debate-fixtures))
  (debate-eq major-mode 'debate-mode (format "major mode of %s" name))
  (run-hooks 'post-command-hook) ; what eglot-ensure waits for after a command
  (debate-wait (lambda () (bound-and-true-p eglot--managed-mode)) (format "eglot to manage %s" name))
  (current-buffer))

(defun debate-goto (needle &optional offset)
  (goto-char (point-min))
  (unless (search-forward needle nil t) (error "%S not found" needle))
  (goto-char (+ (match-beginning 0) (or offset 0))))

(defun debate-position (pos)
  "0-based line:column of POS."
  (save-excursion (goto-char pos) (format "%d:%d" (1- (line-number-at-pos)) (current-column))))

(condition-case top-err
    (progn
      (debate-open "problems.debate")
      (debate-check "diagnostics: rule codes, ranges and severities"
        (let (seen)
          (debate-wait
           (lambda ()
             (setq seen (sort (mapcar (lambda (d)
                                        (format "%s-%s %s %s"
                                                (debate-position (flymake-diagnostic-beg d))
                                                (debate-position (flymake-diagnostic-end d))
                                                (flymake-diagnostic-type d)
                                                (car (split-string (flymake-diagnostic-text d) ":"))))
                                      (flymake-diagnostics))
                              #'string<))
             (>= (length seen) 2))
           "two diagnostics")
          (debate-eq (length seen) 2 "diagnostic count")
          (debate-eq (mapcar (lambda (s) (car (split-string s " "))) seen) '("2:0-2:5" "5:11-5:17") "ranges")
          (unless (string-match-p "eglot-warning" (nth 0 seen)) (error "first is a warning: %s" (nth 0 seen)))
          (unless (string-match-p "eglot-error" (nth 1 seen)) (error "second is an error: %s" (nth 1 seen)))
          (unless (cl-some (lambda (d) (string-match-p "did you mean `budget`" (flymake-diagnostic-text d)))
                           (flymake-diagnostics))
            (error "no diagnostic suggests `budget'"))))

      (debate-open "features.debate")
      (debate-check "hover on a target describes the statement"
        (debate-goto "lanes, parking" 9)
        (let* ((server (eglot--current-server-or-lose))
               (hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
               (value (plist-get (plist-get hover :contents) :value)))
          (unless (and value (string-match-p (regexp-quote "**counter** `parking`") value))
            (error "hover: %S" value))))

      (debate-check "definition from a mention lands on the ID"
        (debate-goto "@survey" 3)
        (call-interactively #'xref-find-definitions)
        (debate-eq (debate-position (point)) "6:14" "point after xref-find-definitions")
        (debate-eq (buffer-substring (point) (+ (point) 6)) "survey" "text at the definition"))

      (debate-check "document symbols through imenu (grouped by kind)"
        ;; eglot 1.9 groups the outline by symbol kind, a child under its parent's path.
        (let* ((index (funcall imenu-create-index-function))
               (group (lambda (kind) (cdr (assoc kind index))))
               (names (lambda (entries) (mapcar #'car entries))))
          (debate-eq (funcall names (funcall group "Namespace")) '("Bike lanes" "Open questions") "headings")
          (debate-eq (funcall names (cdr (assoc "Bike lanes" (funcall group "Class")))) '("lanes") "claims under Bike lanes")
          (debate-eq (funcall names (cdr (assoc "Bike lanes::lanes" (funcall group "Field")))) '("safety" "trade") "reasons under lanes")
          (debate-eq (funcall names (cdr (assoc "Bike lanes::lanes::trade::parking" (funcall group "Event")))) '("survey") "counter under parking"))))
  (error (setq debate-failed (1+ debate-failed))
         (debate-out "  FAIL  %s" (error-message-string top-err))))

(debate-out "emacs: %d passed, %d failed" debate-passed debate-failed)
(ignore-errors (eglot-shutdown-all)) ; leaves no server behind
(kill-emacs (if (= debate-failed 0) 0 1))
