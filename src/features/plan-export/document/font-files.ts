// File names of the bundled plan fonts (in public/fonts/, made by `npm run fonts`).
export const PLAN_FONT_FILES = {
  regular: 'NotoSansKR-Regular.ttf',
  bold: 'NotoSansKR-Bold.ttf',
} as const;
