-- Neovim set-up for Debate Notes, as shown in the README. scripts/nvim-test.mjs loads
-- this file as the user's init.lua (tested with Neovim 0.7.2, Debian's package).
-- Needs `debate-language-server` on PATH (npm install -g debate-notes).
vim.g.do_filetype_lua = 1 -- Neovim 0.7 only: lets vim.filetype.add take effect
vim.filetype.add({ extension = { debate = 'debate' } })

local client_id -- one server for every .debate buffer
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'debate',
  callback = function(args)
    if not (client_id and vim.lsp.get_client_by_id(client_id)) then
      client_id = vim.lsp.start_client({
        name = 'debate',
        cmd = { 'debate-language-server', '--stdio' },
        root_dir = vim.fn.getcwd(),
      })
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})
