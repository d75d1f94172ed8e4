-- Neovim's own LSP client against debate-language-server (Neovim 0.7+, headless).
-- Run through scripts/nvim-test.mjs, which puts `debate-language-server` on PATH and
-- passes the fixtures folder in DEBATE_FIXTURES. Prints one line per check and closes
-- with `nvim: N passed, N failed`; exits 0 only when every check passed.
--
-- The client set-up is test/nvim/init.lua, loaded as the user's init.lua (`nvim -u`).
local fixtures = assert(os.getenv('DEBATE_FIXTURES'), 'DEBATE_FIXTURES is not set')
local TIMEOUT = tonumber(os.getenv('NVIM_LSP_TIMEOUT_MS') or '10000')

local passed, failed = 0, 0
local function out(line) io.stdout:write(line .. '\n') end

local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then
    passed = passed + 1
    out('  ok    ' .. name)
  else
    failed = failed + 1
    out('  FAIL  ' .. name .. ': ' .. tostring(err))
  end
end

local function finish()
  out(string.format('nvim: %d passed, %d failed', passed, failed))
  io.stdout:flush()
  vim.cmd(failed == 0 and 'qall!' or 'cquit! 1')
end

-- Which documents the server has published diagnostics for (an empty list counts).
local published = {}
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result then published[result.uri] = true end
  return publish(err, result, ctx, config)
end

local function eq(actual, expected, what)
  if not vim.deep_equal(actual, expected) then
    error(string.format('%s: expected %s, got %s', what, vim.inspect(expected), vim.inspect(actual)), 2)
  end
end

vim.cmd('cd ' .. vim.fn.fnameescape(fixtures))

--- Opens a fixture and waits until the server is attached and initialised.
local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(fixtures .. '/' .. name))
  local buf = vim.api.nvim_get_current_buf()
  eq(vim.bo[buf].filetype, 'debate', 'filetype of ' .. name)
  local ready = vim.wait(TIMEOUT, function()
    for _, client in pairs(vim.lsp.buf_get_clients(buf)) do
      if client.name == 'debate' and client.initialized then return true end
    end
    return false
  end, 20)
  if not ready then error('the language server did not attach to ' .. name) end
  return buf
end

--- Sends a request through Neovim's client and returns the server's result.
local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, TIMEOUT)
  if not responses then error(method .. ': ' .. tostring(err)) end
  for _, r in pairs(responses) do
    if r.err then error(method .. ': ' .. vim.inspect(r.err)) end
    return r.result
  end
  error(method .. ': no response')
end

--- 0-based position of the first occurrence of `needle` in the buffer, `offset` characters in.
local function find(buf, needle, offset)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then return { line = i - 1, character = col - 1 + (offset or 0) } end
  end
  error('"' .. needle .. '" not found')
end

local function at(buf, pos)
  return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = pos }
end

local ok, err = pcall(function()
  local problems = open('problems.debate')

  check('diagnostics: rule codes, ranges and severities', function()
    local got
    vim.wait(TIMEOUT, function()
      got = vim.diagnostic.get(problems)
      return #got >= 2
    end, 20)
    table.sort(got, function(a, b) return a.lnum < b.lnum end)
    local seen = {}
    for _, d in ipairs(got) do
      table.insert(seen, string.format('%d:%d-%d:%d %s %s', d.lnum, d.col, d.end_lnum, d.end_col,
        vim.diagnostic.severity[d.severity], tostring(d.code)))
    end
    eq(seen, { '2:0-2:5 WARN unsupported-claim', '5:11-5:17 ERROR unknown-reference' }, 'diagnostics')
    local msg = got[2].message
    assert(msg:find('did you mean `budget`', 1, true), 'message suggests the ID: ' .. msg)
  end)

  local buf = open('features.debate')

  check('diagnostics: a clean file has none', function()
    local uri = vim.uri_from_bufnr(buf)
    if not vim.wait(TIMEOUT, function() return published[uri] end, 20) then error('no diagnostics published') end
    eq(#vim.diagnostic.get(buf), 0, 'diagnostics of features.debate')
  end)

  check('hover on a target describes the statement', function()
    local result = request(buf, 'textDocument/hover', at(buf, find(buf, 'lanes, parking', 9)))
    assert(result and result.contents, 'a hover')
    local value = result.contents.value or ''
    assert(value:find('**counter** `parking`', 1, true), 'hover names the statement: ' .. value)
    assert(value:find('countered by 2 counters', 1, true), 'hover counts the counters: ' .. value)
  end)

  check('definition from a mention lands on the ID', function()
    local result = request(buf, 'textDocument/definition', at(buf, find(buf, '@survey', 3)))
    local loc = result[1] or result
    eq(loc.uri, vim.uri_from_bufnr(buf), 'definition uri')
    local id = find(buf, 'survey:')
    eq(loc.range, { start = id, ['end'] = { line = id.line, character = id.character + 6 } }, 'definition range')
  end)

  check('references: declaration, targets and mentions', function()
    local params = at(buf, find(buf, 'parking:'))
    params.context = { includeDeclaration = true }
    eq(#request(buf, 'textDocument/references', params), 3, 'reference count')
  end)

  check('document symbols: headings, claims and nested statements', function()
    local symbols = request(buf, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(buf) } })
    local lines = {}
    local function walk(list, indent)
      for _, s in ipairs(list or {}) do
        table.insert(lines, indent .. s.name)
        walk(s.children, indent .. '  ')
      end
    end
    walk(symbols, '')
    eq(lines, {
      'Bike lanes', '  lanes', '    safety', '    trade', '      parking', '        survey',
      'Open questions', '  How many shoppers arrive by car?', '  Side streets keep parking, see @survey.',
    }, 'outline')
  end)

  check('completion after -> offers the IDs', function()
    vim.api.nvim_buf_set_lines(buf, -1, -1, false, { 'counter -> ' })
    local line = vim.api.nvim_buf_line_count(buf) - 1
    local result = request(buf, 'textDocument/completion', at(buf, { line = line, character = 11 }))
    local labels = {}
    for _, item in ipairs(result.items or result) do labels[item.label] = true end
    for _, id in ipairs({ 'lanes', 'safety', 'trade', 'parking', 'survey' }) do
      assert(labels[id], id .. ' offered; got ' .. table.concat(vim.tbl_keys(labels), ', '))
    end
    vim.cmd('silent! undo')
  end)
end)
if not ok then
  failed = failed + 1
  out('  FAIL  ' .. tostring(err))
end
finish()
