// The one papaparse call the app makes, typed here: @types/papaparse references all of Node's types,
// which would make `process` and `Buffer` type-check in browser code. src/tsconfig.json maps
// 'papaparse' to this file; Node code (tests) keeps the full @types/papaparse.
declare const Papa: {
  unparse(
    data: unknown[][],
    config?: { newline?: string; quotes?: boolean; escapeFormulae?: boolean },
  ): string;
};
export default Papa;
