// The names of the report formats, without the formatters: the command line's option table and
// --help name them without loading every formatter (src/formatters/index.ts maps each to its function).
export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;

export type FormatName = (typeof FORMAT_NAMES)[number];
