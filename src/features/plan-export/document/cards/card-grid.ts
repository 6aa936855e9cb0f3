// Where the wallet cards sit on an A4 sheet: credit-card size (ISO/IEC 7810 ID-1, 85.6 × 54 mm),
// two columns by four rows with gutters for cutting, and the cut marks in the margins. The back
// sheet mirrors the columns, so printing both pages on one sheet, double-sided and flipped on the
// long edge, puts every card's back behind its front.

/** Points per millimetre (PDF user space is 1/72 inch). */
export const PT_PER_MM = 72 / 25.4;
const mm = (v: number) => v * PT_PER_MM;

/** A4 in points, as react-pdf writes it in the MediaBox. */
export const A4 = { width: 595.28, height: 841.89 };
export const CARD = { width: mm(85.6), height: mm(54) };
export const GRID = { columns: 2, rows: 4, gutter: mm(6) };

const gridWidth = GRID.columns * CARD.width + (GRID.columns - 1) * GRID.gutter;
const gridHeight = GRID.rows * CARD.height + (GRID.rows - 1) * GRID.gutter;
const left = (A4.width - gridWidth) / 2;
const top = (A4.height - gridHeight) / 2;

export type Cell = { x: number; y: number; column: number; row: number };

/** The card cells of one side, in reading order of the front; x/y are the top-left corner. */
export function cardCells(side: 'front' | 'back'): Cell[] {
  const cells: Cell[] = [];
  for (let row = 0; row < GRID.rows; row++) {
    for (let column = 0; column < GRID.columns; column++) {
      const x = left + column * (CARD.width + GRID.gutter);
      // Flipped on the long edge, the sheet's left becomes its right.
      cells.push({
        x: side === 'front' ? x : A4.width - x - CARD.width,
        y: top + row * (CARD.height + GRID.gutter),
        column,
        row,
      });
    }
  }
  return cells;
}

export type Mark = { x: number; y: number; width: number; height: number };

const MARK_LENGTH = mm(5);
const MARK_GAP = mm(2);
const HAIR = 0.5;

/**
 * Cut marks: a short line in the margin for every card edge, outside the grid so no mark is
 * printed on a card. Left and right edges get marks above and below the grid, top and bottom
 * edges get marks left and right of it.
 */
export function cutMarks(): Mark[] {
  const xs = [...new Set(cardCells('front').flatMap((c) => [c.x, c.x + CARD.width]))];
  const ys = [...new Set(cardCells('front').flatMap((c) => [c.y, c.y + CARD.height]))];
  return [
    ...xs.flatMap((x) => [
      { x: x - HAIR / 2, y: top - MARK_GAP - MARK_LENGTH, width: HAIR, height: MARK_LENGTH },
      { x: x - HAIR / 2, y: top + gridHeight + MARK_GAP, width: HAIR, height: MARK_LENGTH },
    ]),
    ...ys.flatMap((y) => [
      { x: left - MARK_GAP - MARK_LENGTH, y: y - HAIR / 2, width: MARK_LENGTH, height: HAIR },
      { x: left + gridWidth + MARK_GAP, y: y - HAIR / 2, width: MARK_LENGTH, height: HAIR },
    ]),
  ];
}

/** The top margin above the marks, where the sheet says what it is. */
export const SHEET_NOTE = { x: left, y: mm(8), width: gridWidth };
