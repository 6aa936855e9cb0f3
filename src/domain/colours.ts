// The diagram palette, one source for the screen (SVG, and CSS through src/app/palette.ts) and the
// printed plan: a risk area or a severity band has the same colour wherever it is drawn.
import type { Area } from './risk-areas';
import type { SeverityBand } from './scenario';

/** Outline and label colour of each risk area's circle (dark enough for text on white). */
export const areaColours: Record<Area, string> = {
  people: '#2a6f97',
  location: '#7b4fa3',
  systems: '#1e6b3a',
};

/** Fill colour of each severity band (heat-map cells, Venn regions, badges). */
export const bandColours: Record<SeverityBand, string> = {
  low: '#d8efe0',
  medium: '#fff1c2',
  high: '#ffd0a1',
  critical: '#f4aaa3',
};
