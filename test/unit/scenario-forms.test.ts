// The scenario forms' validation, render-free: the zod schemas give i18n keys, and each key has
// real text in English and Korean. Templates: at least nine, all seven regions, every text in both.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogues, messageFor } from '../../src/i18n';
import { scenarioTemplates, templateTextKeys } from '../../src/domain/scenario-templates';
import { regionKeys, regionOf } from '../../src/domain/venn';
import { areaQuestions, areas } from '../../src/domain/risk-areas';
import {
  actionRowSchema,
  blankScenario,
  policyRowSchema,
  scenarioCreateSchema,
  scenarioFormSchema,
  templateValues,
} from '../../src/features/scenarios/form-schema';

beforeAll(() => loadCatalogues());

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('scenario form validation messages', () => {
  it('names every wrong field with a key that reads in English and Korean', () => {
    const result = scenarioFormSchema.safeParse({
      ...blankScenario(),
      title: '   ',
      areas: [],
      likelihood: 7,
      impact: 0,
      staffAffectedPercent: 140,
      rtoHours: -1,
      rpoHours: Number.NaN,
      lastReviewedDate: '2026-13-45',
    });
    const byField = issues(result);
    expect(byField).toEqual({
      title: 'errors.required',
      areas: 'errors.areaRequired',
      likelihood: 'errors.rating',
      impact: 'errors.rating',
      staffAffectedPercent: 'errors.percent',
      rtoHours: 'errors.nonNegative',
      rpoHours: 'errors.number',
      lastReviewedDate: 'errors.date',
    });
    expect(messageFor('en', 'errors.areaRequired')).toBe('Choose at least one risk area.');
    expect(messageFor('ko', 'errors.areaRequired')).toBe('위험 영역을 하나 이상 선택하세요.');
    for (const key of Object.values(byField)) {
      expect(messageFor('en', key), key).toBeTruthy();
      expect(messageFor('ko', key), key).toMatch(/[가-힣]/);
    }
  });
  it('accepts RPO longer than RTO (it is flagged, not refused) and warns in both languages', () => {
    const ok = scenarioFormSchema.safeParse({
      ...blankScenario(),
      title: 'x',
      areas: ['people'],
      rtoHours: 1,
      rpoHours: 9,
    });
    expect(ok.success).toBe(true);
    expect(messageFor('en', 'scenarios.rpoWarning')).toMatch(/longer than the recovery time objective/);
    expect(messageFor('ko', 'scenarios.rpoWarning')).toMatch(/RPO/);
  });
  it('accepts an open action due in the past (flagged, not refused) and requires its text', () => {
    expect(
      actionRowSchema.safeParse({ action: 'Test VPN', dueDate: '2020-01-01', status: 'open' }).success,
    ).toBe(true);
    expect(issues(actionRowSchema.safeParse({ action: '', dueDate: 'soon' }))).toEqual({
      action: 'errors.required',
      dueDate: 'errors.date',
    });
    expect(issues(policyRowSchema.safeParse({ statement: '' }))).toEqual({ statement: 'errors.required' });
    expect(messageFor('ko', 'scenarios.overdueWarning')).toMatch(/기한이 지났습니다/);
  });
});

describe('scenario templates', () => {
  it('offers at least nine, covering all seven regions, including the named ones', () => {
    expect(scenarioTemplates.length).toBeGreaterThanOrEqual(9);
    const regions = new Set(scenarioTemplates.map((t) => regionOf(t.areas)));
    expect([...regions].sort()).toEqual([...regionKeys].sort());
    const byKey = Object.fromEntries(scenarioTemplates.map((t) => [t.key, regionOf(t.areas)]));
    expect(byKey).toMatchObject({
      pandemic: 'P',
      regionalDisaster: 'PL',
      snowstorm: 'PLS',
      officeLoss: 'L',
      wanVpnFailure: 'LS',
      identityOutage: 'S',
      cloudIncident: 'S',
      keyPeopleOutage: 'PS',
    });
  });
  it('has every text in English and in Korean', () => {
    for (const tpl of scenarioTemplates) {
      for (const key of templateTextKeys(tpl)) {
        expect(messageFor('en', key), key).toBeTruthy();
        expect(messageFor('ko', key), key).toMatch(/[가-힣]/);
      }
    }
  });
  it('fills a valid create form in the chosen language', () => {
    const snow = scenarioTemplates.find((t) => t.key === 'snowstorm')!;
    const ko = templateValues(snow, (k) => messageFor('ko', k) ?? k);
    expect(ko.title).toBe('사내망 접속이 필요한 상황에서 폭설');
    expect(ko.policyChecks?.[0]?.statement).toBe('엔지니어는 회사 노트북을 집에 가지고 있다.');
    for (const tpl of scenarioTemplates) {
      const values = templateValues(tpl, (k) => messageFor('en', k) ?? k);
      expect(scenarioCreateSchema.safeParse(values).success, tpl.key).toBe(true);
    }
  });
});

describe('risk area wording', () => {
  it('has guidance and every question in both languages', () => {
    for (const area of areas) {
      for (const lang of ['en', 'ko'] as const) {
        expect(messageFor(lang, `riskAreas.guidance.${area}`)).toBeTruthy();
        for (const q of areaQuestions[area])
          expect(messageFor(lang, `riskAreas.questions.${q}`), q).toBeTruthy();
      }
    }
  });
});
