// A workbook with activation criteria, response roles, contacts, procedures and steps, provider
// and internal channels, in English or Korean: what the activation section and the cards print.
import { buildRecord } from '../../../src/db/records';
import type { WorkbookSnapshot } from '../../../src/domain/tables';
import { serialiseVersion } from '../../../src/domain/version-snapshot';
import { emptySnapshot } from './plan-snapshot';

export type ResponseWords = {
  title: string;
  lead: string;
  deputy: string;
  comms: string;
  vendor: string;
  criterion: string;
  bridge: string;
  chat: string;
  phoneTree: string;
  process: string;
  procedure: string;
  declare: string;
  inform: string;
  restore: string;
  standDown: string;
  reconcile: string;
  where: string;
  how: string;
  responsibilities: string;
  /** Recorded in English; left empty in Korean so the card's write-in lines are seen too. */
  rallyPoint: string;
  rallyPointAlternate: string;
};

export const responseEn: ResponseWords = {
  title: 'Seoul head office continuity plan',
  rallyPoint: 'Car park B, gate 2',
  rallyPointAlternate: 'City Hall lobby',
  lead: 'Park Jiwoo',
  deputy: 'Kim Minseo',
  comms: 'Lee Dahye',
  vendor: 'Northwind Telecom desk',
  criterion: 'Mail down for all staff',
  bridge: 'Bridge +82 2 555 0100 PIN 4411',
  chat: 'Teams group chat',
  phoneTree: 'Staff phone tree',
  process: 'Payroll run',
  procedure: 'Restore payroll',
  declare: 'Declare and open the bridge',
  inform: 'Text all staff the status line',
  restore: 'Run payroll from the offline export',
  standDown: 'Close the bridge and thank the team',
  reconcile: 'Re-enter manual payments',
  where: 'Room 301',
  how: 'Use the printed call list',
  responsibilities: 'Leads the response and decides when to stand down.',
};

export const responseKo: ResponseWords = {
  title: '서울 본사 업무 연속성 계획',
  rallyPoint: '',
  rallyPointAlternate: '',
  lead: '박지우',
  deputy: '김민서',
  comms: '이다혜',
  vendor: '노스윈드 통신 지원 센터',
  criterion: '전 직원 메일 중단',
  bridge: '브리지 회선 02-555-0100 PIN 4411',
  chat: '팀즈 그룹 채팅',
  phoneTree: '직원 전화 연락망',
  process: '급여 지급',
  procedure: '급여 복구',
  declare: '선언하고 브리지 회선 열기',
  inform: '전 직원에게 상태 회선 문자 발송',
  restore: '오프라인 내보내기로 급여 처리',
  standDown: '브리지 종료 및 팀 해산',
  reconcile: '수기 지급 내역 재입력',
  where: '301호',
  how: '인쇄된 연락 목록 사용',
  responsibilities: '대응을 이끌고 해산 시점을 정합니다.',
};

export function responseSnapshot(w: ResponseWords = responseEn): WorkbookSnapshot {
  const s = emptySnapshot();
  s.workbook = buildRecord('workbooks', {
    title: w.title,
    status: 'approved',
    rallyPoint: w.rallyPoint,
    rallyPointAlternate: w.rallyPointAlternate,
  });
  // Last changed on a fixed day, so a test that edits the plan after publishing sees a fixed date.
  s.workbook.updatedAt = '2025-03-01T09:00:00.000Z';
  s.workbook.rev = 7;
  const workbookId = s.workbook.id;
  const contact = (name: string, order: number, extra: object) =>
    buildRecord('contacts', { workbookId, name, order, ...extra });
  const lead = contact(w.lead, 0, {
    role: 'CEO',
    mobilePhone: '+82 10 1111 2222',
    escalationOrder: 1,
    availabilityHours: 'Mon–Fri 08:00–18:00',
    timeZone: 'Asia/Seoul',
    lastVerifiedDate: '2025-02-01',
  });
  const deputy = contact(w.deputy, 1, {
    mobilePhone: '+82 10 3333 4444',
    escalationOrder: 2,
    availabilityHours: '24/7',
    timeZone: 'Asia/Seoul',
    lastVerifiedDate: '2025-01-10',
  });
  const comms = contact(w.comms, 2, {
    officePhone: '+82 2 555 0199',
    escalationOrder: 3,
    lastVerifiedDate: null,
  });
  const vendor = contact(w.vendor, 3, { kind: 'vendor', officePhone: '+82 2 777 8888' });
  s.contacts = [lead, deputy, comms, vendor];
  s.responseCriteria = [
    buildRecord('responseCriteria', {
      workbookId,
      order: 0,
      condition: w.criterion,
      threshold: 2,
      unit: 'hours',
    }),
  ];
  const leadRole = buildRecord('responseRoles', {
    workbookId,
    order: 0,
    kind: 'incident_lead',
    responsibilities: w.responsibilities,
    primaryContactId: lead.id,
    alternateContactIds: [deputy.id],
    mayDeclare: true,
    reachMethods: [
      { label: w.bridge, dependsOnProvider: false },
      { label: w.chat, dependsOnProvider: true },
    ],
  });
  const commsRole = buildRecord('responseRoles', {
    workbookId,
    order: 1,
    kind: 'communications',
    primaryContactId: comms.id,
    escalateAfterMinutes: 15,
    escalatesToRoleId: leadRole.id,
  });
  s.responseRoles = [leadRole, commsRole];
  const process = buildRecord('biaProcesses', { workbookId, name: w.process, tier: 1 });
  s.biaProcesses = [process];
  const procedure = buildRecord('responseProcedures', {
    workbookId,
    order: 0,
    title: w.procedure,
    scope: 'process',
    processId: process.id,
    ownerContactId: deputy.id,
  });
  s.responseProcedures = [procedure];
  const step = (order: number, extra: object) =>
    buildRecord('procedureSteps', { workbookId, procedureId: procedure.id, order, ...extra });
  s.procedureSteps = [
    step(0, {
      offsetMinutes: 0,
      kind: 'first_hour',
      roleId: leadRole.id,
      action: w.declare,
      where: w.where,
      how: w.how,
    }),
    step(1, { offsetMinutes: 15, kind: 'first_hour', roleId: commsRole.id, action: w.inform }),
    step(2, { offsetMinutes: 90, kind: 'recovery', roleId: leadRole.id, action: w.restore }),
    step(3, { offsetMinutes: null, kind: 'stand_down', roleId: leadRole.id, action: w.standDown }),
    step(4, { offsetMinutes: null, kind: 'return_to_normal', roleId: null, action: w.reconcile }),
  ];
  s.internalChannels = [
    buildRecord('internalChannels', {
      workbookId,
      order: 0,
      kind: 'phone_tree',
      name: w.phoneTree,
      worksWhenProviderDown: 'yes',
    }),
    buildRecord('internalChannels', {
      workbookId,
      order: 1,
      kind: 'chat',
      name: w.chat,
      worksWhenProviderDown: 'no',
    }),
  ];
  s.providerChannels = [
    buildRecord('providerChannels', {
      workbookId,
      order: 0,
      kind: 'service_health_dashboard',
      used: true,
      fallbackOrder: 1,
      address: 'admin.example.com',
    }),
    buildRecord('providerChannels', {
      workbookId,
      order: 1,
      kind: 'backup_status_site',
      used: true,
      fallbackOrder: 2,
      address: 'status.example.com',
    }),
    buildRecord('providerChannels', {
      workbookId,
      order: 2,
      kind: 'public_status_account',
      used: true,
      fallbackOrder: 3,
      address: '@ExampleStatus',
    }),
  ];
  // Version 2.1, approved, is exactly this content: the cards print its number and date.
  s.planVersions = [
    buildRecord('planVersions', {
      workbookId,
      major: 2,
      minor: 1,
      summary: 'Activation and response added',
      publishedDate: '2025-03-01',
      status: 'approved',
      signOffs: [{ name: w.lead, role: 'CEO', date: '2025-03-01' }],
      snapshot: serialiseVersion(s),
    }),
  ];
  return s;
}
