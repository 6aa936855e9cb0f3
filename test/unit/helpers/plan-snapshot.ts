// Workbook snapshots for the PDF tests and the benchmark: empty, full (every table, in English or
// Korean), hostile, and a large one with many scenarios.
import { buildRecord } from '../../../src/db/records';
import { seedRecords } from '../../../src/db/workbooks';
import { areaQuestions, areas } from '../../../src/domain/risk-areas';
import { childTableNames, type WorkbookSnapshot } from '../../../src/domain/tables';
import { triggers } from '../../../src/domain/scenario';

export function emptySnapshot(title = 'Empty plan'): WorkbookSnapshot {
  const workbook = buildRecord('workbooks', { title });
  const snapshot = { workbook } as WorkbookSnapshot;
  for (const t of childTableNames) (snapshot as Record<string, unknown>)[t] = [];
  return snapshot;
}

type Words = {
  title: string;
  org: string;
  owner: string;
  scenario: (i: number) => string;
  paragraph: string;
  incident: string;
  review: string;
  contact: (i: number) => string;
};

export const englishWords: Words = {
  title: 'Seoul head office continuity plan',
  org: 'Hanbit Logistics Ltd',
  owner: 'Park Jiwoo',
  scenario: (i) => `Scenario ${i}: regional network outage`,
  paragraph:
    'Staff work from home with their corporate laptops. The service desk posts updates every hour on the status page and by text message.',
  incident: 'Sign-in failures at the cloud provider',
  review: 'Users could not sign in to mail for 3 hours and 20 minutes.',
  contact: (i) => `Contact ${i}`,
};

export const koreanWords: Words = {
  title: '서울 본사 업무 연속성 계획',
  org: '한빛물류 주식회사',
  owner: '박지우',
  scenario: (i) => `시나리오 ${i}: 지역 네트워크 장애`,
  paragraph:
    '직원은 회사 노트북으로 재택근무를 합니다. 서비스 데스크는 한 시간마다 상태 페이지와 SMS로 VPN 및 Microsoft 365 상황을 알립니다.',
  incident: '클라우드 공급자 로그인 장애',
  review: '사용자는 3시간 20분 동안 메일에 로그인하지 못했습니다.',
  contact: (i) => `담당자 ${i}`,
};

/** A workbook with records in every table; `scenarios` sets how many scenarios it has. */
export function fullSnapshot(words: Words = englishWords, scenarios = 6): WorkbookSnapshot {
  const workbook = buildRecord('workbooks', {
    title: words.title,
    organisation: words.org,
    owner: words.owner,
    scope: `${words.paragraph}\n${words.paragraph}`,
    status: 'in_review',
    lastReviewDate: '2024-09-15',
    reviewCycleMonths: 12,
  });
  const workbookId = workbook.id;
  const s = emptySnapshot();
  s.workbook = workbook;
  const seed = seedRecords(workbookId);
  s.responsibilities = seed.responsibilities.map((r, i) => ({
    ...r,
    reviewStatus: (['in_place', 'partial', 'gap', 'not_reviewed'] as const)[i % 4]!,
    responsiblePerson: i % 2 ? words.owner : '',
  }));
  s.providerChannels = seed.providerChannels.map((c, i) => ({
    ...c,
    used: i < 5,
    watcher: i < 3 ? words.owner : '',
    alertMethod: i < 5 ? 'SMS' : '',
    fallbackOrder: i < 4 ? i + 1 : null,
  }));
  s.areaAnswers = areas.flatMap((area) =>
    areaQuestions[area].slice(0, 3).map((questionKey, i) =>
      buildRecord('areaAnswers', {
        workbookId,
        area,
        questionKey,
        answer: words.paragraph,
        rating: (['weak', 'partial', 'strong'] as const)[i % 3]!,
      }),
    ),
  );
  s.dependencies = areas.map((area, i) =>
    buildRecord('dependencies', { workbookId, area, name: `${words.contact(i)} VPN`, order: i }),
  );
  const combos: ('people' | 'location' | 'systems')[][] = [
    ['people'],
    ['location', 'systems'],
    ['people', 'location', 'systems'],
    ['systems'],
  ];
  for (let i = 1; i <= scenarios; i++) {
    const sc = buildRecord('scenarios', {
      workbookId,
      order: i,
      title: words.scenario(i),
      description: words.paragraph,
      areas: combos[i % combos.length]!,
      trigger: triggers[i % triggers.length]!,
      likelihood: ((i * 3) % 5) + 1,
      impact: ((i * 7) % 5) + 1,
      staffAffectedPercent: (i * 13) % 100,
      rtoHours: 8,
      rpoHours: i % 5 === 0 ? 12 : 2,
      controls: words.paragraph,
      alternateWorking: words.paragraph,
      affectedDependencyIds: [s.dependencies[0]!.id],
    });
    s.scenarios.push(sc);
    for (let k = 0; k < 3; k++) {
      s.mitigationActions.push(
        buildRecord('mitigationActions', {
          workbookId,
          scenarioId: sc.id,
          order: k,
          action: `${words.contact(k)}: ${words.review}`,
          owner: words.owner,
          dueDate: k === 0 ? '2024-01-10' : '2030-05-01',
          status: k === 2 ? 'done' : 'open',
        }),
      );
      s.policyChecks.push(
        buildRecord('policyChecks', {
          workbookId,
          scenarioId: sc.id,
          order: k,
          statement: words.review,
          answer: (['yes', 'no', 'unknown'] as const)[k]!,
        }),
      );
    }
  }
  s.internalChannels = [
    buildRecord('internalChannels', {
      workbookId,
      kind: 'sms',
      name: 'SMS broadcast',
      purpose: words.paragraph,
      worksWhenProviderDown: 'yes',
    }),
    buildRecord('internalChannels', {
      workbookId,
      kind: 'chat',
      name: 'Team chat',
      worksWhenProviderDown: 'no',
      order: 1,
    }),
  ];
  const boss = buildRecord('contacts', {
    workbookId,
    name: words.owner,
    role: 'CIO',
    mobilePhone: '+82 10 1234 5678',
    escalationOrder: 1,
  });
  s.contacts = [
    boss,
    buildRecord('contacts', {
      workbookId,
      name: words.contact(1),
      calledById: boss.id,
      email: 'a@example.com',
      order: 1,
    }),
    buildRecord('contacts', {
      workbookId,
      name: words.contact(2),
      kind: 'vendor',
      calledById: boss.id,
      order: 2,
    }),
  ];
  const incident = buildRecord('incidents', {
    workbookId,
    title: words.incident,
    service: 'Exchange Online',
    startAt: '2024-11-02T09:15',
    endAt: '2024-11-02T12:35',
    userImpact: words.review,
    scopeOfImpact: words.review,
    rootCause: words.paragraph,
    actionsTaken: words.paragraph,
    nextSteps: '',
    planPerformance: words.review,
  });
  s.incidents = [incident];
  s.lessons = [buildRecord('lessons', { workbookId, incidentId: incident.id, text: words.review })];
  s.approvers = [
    buildRecord('approvers', { workbookId, name: words.owner, role: 'CIO', signedDate: '2025-01-20' }),
  ];
  for (const t of childTableNames) {
    for (const r of s[t] as { workbookId: string }[]) r.workbookId = workbookId;
  }
  return s;
}

/** Text that has upset PDF engines: empty strings, endless words, emoji, unknown characters, many lines. */
export function hostileSnapshot(): WorkbookSnapshot {
  const s = fullSnapshot(englishWords, 2);
  const longWord = 'x'.repeat(3000);
  const manyLines = Array.from({ length: 2500 }, (_, i) => `line ${i} 줄 ${i}`).join('\n');
  s.workbook = {
    ...s.workbook,
    title: `🚨 ${'Ünïcödé'.repeat(20)} 𝔘𝔫𝔦 \u0000\u0007 ☃`,
    owner: '',
    organisation: '',
  };
  s.scenarios[0] = {
    ...s.scenarios[0]!,
    title: `${'가'.repeat(290)}`,
    description: `${longWord}\n\n\n😀😃🎉 ${'\ud800'} ࿄ 𐍈 ⌘\t\ttabbed`,
    controls: manyLines,
    alternateWorking: '',
  };
  s.scenarios[1] = {
    ...s.scenarios[1]!,
    title: ' ',
    description: 'https://example.com/' + 'a/b-c_d'.repeat(300),
  };
  s.contacts[0] = { ...s.contacts[0]!, name: '🙂'.repeat(100) };
  return s;
}
