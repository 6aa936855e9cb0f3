// One source for what the screen and the printed plan both show: severity, the diagram palette,
// region names and dates. Each test puts the app's answer next to the PDF's for the same input.
import { Circle } from '@react-pdf/renderer';
import { createElement, isValidElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyPalette } from '../../src/app/palette';
import { areaColours, bandColours } from '../../src/domain/colours';
import { heatMapModel } from '../../src/domain/heat-map';
import { severityOf } from '../../src/domain/scenario';
import { regionKeys, vennModel } from '../../src/domain/venn';
import { makePlanText } from '../../src/features/plan-export/document/plan-text';
import { Diagrams } from '../../src/features/plan-export/document/sections/diagrams';
import { filterScenarios, filtersFromParams } from '../../src/features/scenarios/list-filter';
import { VennOverview } from '../../src/features/scenarios/venn-overview';
import { hasMessage, loadCatalogues } from '../../src/i18n';
import { regionName, regionNameInSentence } from '../../src/i18n/regions';
import { makeFormat, makeT } from '../../src/i18n/use-i18n';
import { fullSnapshot } from './helpers/plan-snapshot';

beforeAll(() => loadCatalogues());

/** Expands a react-pdf element tree (plain function components, no hooks) into its elements. */
function elementsOf(node: ReactNode): { type: unknown; props: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap(elementsOf);
  if (!isValidElement(node)) return [];
  const props = node.props as Record<string, unknown> & { children?: ReactNode };
  if (typeof node.type === 'function') return elementsOf((node.type as (p: unknown) => ReactNode)(props));
  return [{ type: node.type, props }, ...elementsOf(props.children)];
}

describe('one severity rule', () => {
  it('gives the heat map, the Venn diagram and the list filter the band of severityOf', () => {
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      for (let impact = 1; impact <= 5; impact++) {
        const band = severityOf({ likelihood, impact });
        const cell = heatMapModel([])
          .rows.flat()
          .find((c) => c.likelihood === likelihood && c.impact === impact);
        expect(cell?.band).toBe(band);
        const venn = vennModel([{ areas: ['people'], likelihood, impact }]);
        expect(venn.regions.find((r) => r.region === 'P')?.worstBand).toBe(band);
        const scenario = fullSnapshot().scenarios[0]!;
        const one = [{ ...scenario, likelihood, impact }];
        expect(filterScenarios(one, filtersFromParams(new URLSearchParams({ severity: band })))).toHaveLength(
          1,
        );
      }
    }
    expect([1, 4, 5, 9, 10, 16, 20, 25].map((impact) => severityOf({ likelihood: 1, impact }))).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});

describe('one palette', () => {
  it('draws each area circle in the same colour on screen and in the PDF', () => {
    const snapshot = fullSnapshot();
    const screen = renderToStaticMarkup(
      createElement(VennOverview, {
        model: vennModel(snapshot.scenarios),
        selected: null,
        onSelect: () => {},
      }),
    );
    const pdfCircles = elementsOf(
      createElement(Diagrams, {
        data: snapshot,
        text: makePlanText('en'),
        marks: new Map(),
        today: '2026-12-03',
      }),
    ).filter((e) => e.type === Circle);
    for (const area of ['people', 'location', 'systems'] as const) {
      expect(screen).toContain(`fill="${areaColours[area]}"`);
      expect(pdfCircles.some((c) => c.props.stroke === areaColours[area])).toBe(true);
    }
    expect(areaColours.location).toBe('#7b4fa3');
  });

  it('gives the stylesheet the band and area colours as CSS variables', () => {
    const set = new Map<string, string>();
    applyPalette({ setProperty: (name: string, value: string | null) => void set.set(name, value ?? '') });
    expect(Object.fromEntries(set)).toEqual({
      '--low': bandColours.low,
      '--medium': bandColours.medium,
      '--high': bandColours.high,
      '--critical': bandColours.critical,
      '--area-people': areaColours.people,
      '--area-location': areaColours.location,
      '--area-systems': areaColours.systems,
    });
  });
});

describe('one set of region names', () => {
  it('names every region the same on screen and in the PDF, in both languages', () => {
    for (const region of regionKeys) {
      const ko = regionName(makeT('ko'), region);
      expect(regionNameInSentence(makePlanText('ko').t, region, 'ko')).toBe(ko);
      const en = regionName(makeT('en'), region);
      expect(regionNameInSentence(makePlanText('en').t, region, 'en')).toBe(
        en.charAt(0).toLowerCase() + en.slice(1),
      );
    }
    expect(regionName(makeT('ko'), 'PLS')).toBe('세 영역 모두');
    expect(regionName(makeT('en'), 'PLS')).toBe('All three areas');
    expect(hasMessage('planExport.region.PLS')).toBe(false);
  });
});

describe('one date formatter', () => {
  it('shows a calendar date and a typed incident time the same on screen and in the PDF', () => {
    const cases = {
      en: ['3 Dec 2026', '3 Dec 2026, 09:05'],
      ko: ['2026. 12. 3.', '2026. 12. 3. 09:05'],
    } as const;
    for (const lang of ['en', 'ko'] as const) {
      const screen = makeFormat(lang);
      const pdf = makePlanText(lang);
      expect(screen.date('2026-12-03')).toBe(cases[lang][0]);
      expect(pdf.date('2026-12-03')).toBe(cases[lang][0]);
      // The incidents page shows a typed time as a local moment; the PDF as typed: the same text.
      expect(screen.dateTime('2026-12-03T09:05:00')).toBe(cases[lang][1]);
      expect(pdf.dateTime('2026-12-03T09:05')).toBe(cases[lang][1]);
    }
  });
});
