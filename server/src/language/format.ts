// The canonical layout of a .debate file. Pure string → string.
export interface FormatOptions {}

export function formatDocument(text: string, _options: FormatOptions = {}): string {
  return text;
}
