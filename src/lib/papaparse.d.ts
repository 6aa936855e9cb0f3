// The papaparse calls the app makes (unparse for export, parse for the BIA import), typed here:
// @types/papaparse references all of Node's types, which would make `process` and `Buffer`
// type-check in browser code. src/tsconfig.json maps 'papaparse' to this file; Node code (tests)
// keeps the full @types/papaparse.
declare const Papa: {
  unparse(
    data: unknown[][],
    config?: { newline?: string; quotes?: boolean; escapeFormulae?: boolean },
  ): string;
  parse<T = string[]>(
    input: string,
    config?: { skipEmptyLines?: boolean | 'greedy'; delimiter?: string },
  ): { data: T[]; errors: { row?: number; code: string; message: string }[] };
};
export default Papa;
