// Puts the diagram palette of src/domain/colours.ts into CSS custom properties (--low … --critical,
// --area-people …), so stylesheets use the same colours as the SVG diagrams and the PDF.
import { areaColours, bandColours } from '../domain/colours';

export function applyPalette(style: Pick<CSSStyleDeclaration, 'setProperty'>) {
  for (const [band, colour] of Object.entries(bandColours)) style.setProperty(`--${band}`, colour);
  for (const [area, colour] of Object.entries(areaColours)) style.setProperty(`--area-${area}`, colour);
}
