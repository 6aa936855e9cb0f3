// Types for the subset-font package (harfbuzz wasm), which ships none.
declare module 'subset-font' {
  type Options = {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    noHinting?: boolean;
    keepFeatures?: string[];
    noLayoutClosure?: boolean;
    dropTables?: string[];
  };
  export default function subsetFont(font: Buffer, text: string, options?: Options): Promise<Buffer>;
}
