// Compares two versions of a workbook and says what changed in words a planner reads, in English
// or Korean: "Scenario “Snowstorm” added", "RTO of Payroll: 8 h → 4 h". Per section (one table),
// record by record (matched on id), field by field. Pure: the change log on screen and in the PDF.
import { relationsOf } from './relations';
import { childTableNames, type ChildTableName, type TableName, type WorkbookSnapshot } from './tables';

export type CompareLang = 'en' | 'ko';
export type ChangeKind = 'added' | 'removed' | 'changed';
export type ChangeLine = { kind: ChangeKind; text: string };
export type SectionChanges = { table: TableName; title: string; lines: ChangeLine[] };

type Words = { en: string; ko: string };
const w = (en: string, ko: string): Words => ({ en, ko });

/** Section title and the noun for one record of each table. */
const sections: Record<TableName, { title: Words; noun: Words }> = {
  workbooks: { title: w('Plan details', '계획 정보'), noun: w('Plan', '계획') },
  areaAnswers: { title: w('Risk area answers', '위험 영역 답변'), noun: w('Answer', '답변') },
  dependencies: { title: w('Dependencies', '의존 요소'), noun: w('Dependency', '의존 요소') },
  scenarios: { title: w('Scenarios', '시나리오'), noun: w('Scenario', '시나리오') },
  policyChecks: { title: w('Policy checks', '정책 점검'), noun: w('Policy check', '정책 점검') },
  mitigationActions: { title: w('Mitigation actions', '완화 조치'), noun: w('Action', '조치') },
  responsibilities: { title: w('Responsibilities', '책임 분담'), noun: w('Responsibility', '책임 항목') },
  providerChannels: {
    title: w('Provider channels', '공급자 채널'),
    noun: w('Provider channel', '공급자 채널'),
  },
  internalChannels: { title: w('Internal channels', '내부 채널'), noun: w('Internal channel', '내부 채널') },
  contacts: { title: w('Contacts', '연락처'), noun: w('Contact', '연락처') },
  incidents: { title: w('Incidents', '인시던트'), noun: w('Incident', '인시던트') },
  lessons: { title: w('Lessons', '교훈'), noun: w('Lesson', '교훈') },
  approvers: { title: w('Approvers', '승인자'), noun: w('Approver', '승인자') },
  biaProcesses: { title: w('Business processes', '업무 프로세스'), noun: w('Process', '프로세스') },
  biaResources: { title: w('Resources', '자원'), noun: w('Resource', '자원') },
  biaAlternatives: { title: w('Alternatives', '대안'), noun: w('Alternative', '대안') },
  biaDependencies: {
    title: w('Process dependencies', '프로세스 의존 관계'),
    noun: w('Dependency', '의존 관계'),
  },
  biaScenarioImpacts: { title: w('Scenario impacts', '시나리오 영향'), noun: w('Impact', '영향') },
  responseCriteria: { title: w('Activation criteria', '발동 기준'), noun: w('Criterion', '기준') },
  responseRoles: { title: w('Response roles', '대응 역할'), noun: w('Role', '역할') },
  responseProcedures: { title: w('Recovery procedures', '복구 절차'), noun: w('Procedure', '절차') },
  procedureSteps: { title: w('Procedure steps', '절차 단계'), noun: w('Step', '단계') },
  exercises: { title: w('Exercises', '훈련'), noun: w('Exercise', '훈련') },
  exerciseObjectives: { title: w('Exercise objectives', '훈련 목표'), noun: w('Objective', '목표') },
  exerciseRecoveries: {
    title: w('Recovery times in exercises', '훈련 복구 시간'),
    noun: w('Recovery time', '복구 시간'),
  },
  exerciseFindings: { title: w('Exercise findings', '훈련 발견 사항'), noun: w('Finding', '발견 사항') },
  tabletopRuns: { title: w('Tabletop runs', '도상 훈련 진행'), noun: w('Run', '진행') },
  planVersions: { title: w('Versions', '버전'), noun: w('Version', '버전') },
  distributionList: { title: w('Distribution list', '배포 목록'), noun: w('Recipient', '수신자') },
  reviewTriggers: { title: w('Review triggers', '검토 계기'), noun: w('Trigger', '계기') },
};

/** Field names as a planner knows them; any other field falls back to its name in plain words. */
const fieldWords: Record<string, Words> = {
  title: w('Title', '제목'),
  name: w('Name', '이름'),
  organisation: w('Organisation', '조직'),
  owner: w('Owner', '담당자'),
  scope: w('Scope', '범위'),
  reviewCycleMonths: w('Review cycle (months)', '검토 주기(개월)'),
  providerCheckCadenceMinutes: w('Provider check interval', '공급자 확인 간격'),
  description: w('Description', '설명'),
  rtoHours: w('RTO', 'RTO'),
  rpoHours: w('RPO', 'RPO'),
  mtpdHours: w('MTPD', 'MTPD'),
  recoveryHours: w('Recovery time', '복구 시간'),
  setupHours: w('Setup time', '준비 시간'),
  outageHours: w('Outage', '중단 시간'),
  likelihood: w('Likelihood', '발생 가능성'),
  impact: w('Impact', '영향도'),
  status: w('Status', '상태'),
  trigger: w('Trigger', '원인'),
  areas: w('Risk areas', '위험 영역'),
  area: w('Risk area', '위험 영역'),
  controls: w('Controls', '통제'),
  alternateWorking: w('Alternate working', '대체 업무 방식'),
  communicationSteps: w('Communication steps', '커뮤니케이션 단계'),
  staffAffectedPercent: w('Staff affected', '영향받는 직원'),
  staffSharePercent: w('Staff share', '직원 비율'),
  action: w('Action', '조치'),
  dueDate: w('Due date', '기한'),
  answer: w('Answer', '답변'),
  rating: w('Rating', '평가'),
  notes: w('Notes', '메모'),
  role: w('Role', '역할'),
  team: w('Team', '팀'),
  email: w('E-mail', '이메일'),
  officePhone: w('Office phone', '사무실 전화'),
  mobilePhone: w('Mobile phone', '휴대 전화'),
  priority: w('Priority', '우선순위'),
  tier: w('Tier', '등급'),
  department: w('Department', '부서'),
  minimumStaff: w('Minimum staff', '최소 인원'),
  condition: w('Condition', '조건'),
  threshold: w('Threshold', '임계값'),
  responsibilities: w('Responsibilities', '책임'),
  mayDeclare: w('May declare', '선언 권한'),
  used: w('In use', '사용 중'),
  watcher: w('Watcher', '확인 담당자'),
  fallbackOrder: w('Fallback order', '대체 순서'),
  statement: w('Statement', '진술'),
  text: w('Text', '내용'),
  startAt: w('Start', '시작'),
  endAt: w('End', '종료'),
  service: w('Service', '서비스'),
  ownerContactId: w('Owner', '담당자'),
  deputyContactId: w('Deputy', '대리인'),
  primaryContactId: w('Primary contact', '주 연락처'),
  alternateContactIds: w('Alternates', '대체 연락처'),
  calledById: w('Called by', '연락하는 사람'),
  scenarioId: w('Scenario', '시나리오'),
  processId: w('Process', '프로세스'),
  resourceId: w('Resource', '자원'),
  roleId: w('Role', '역할'),
  copyNumber: w('Copy number', '사본 번호'),
  kind: w('Kind', '종류'),
  date: w('Date', '날짜'),
  note: w('Note', '메모'),
  signedDate: w('Signed', '서명일'),
  // The rest of the registry's fields (the sync lost-edit notice names every field; a test fails
  // when a table gains a field without words here or a catalogue label).
  rallyPoint: w('Rally point', '집결지'),
  rallyPointAlternate: w('Alternate rally point', '대체 집결지'),
  lastReviewDate: w('Last review date', '최근 검토일'),
  currency: w('Currency', '통화'),
  questionKey: w('Question', '질문'),
  affectedDependencyIds: w('What it affects', '영향받는 의존 요소'),
  lastReviewedDate: w('Last reviewed', '최근 검토일'),
  templateKey: w('Template', '템플릿'),
  sourceIncidentId: w('From incident', '출처 인시던트'),
  sourceExerciseId: w('From exercise', '출처 훈련'),
  decisionNeeded: w('Decision requested', '결정 요청'),
  decisionCost: w('Cost estimate', '예상 비용'),
  decisionNeededBy: w('Decision needed by', '결정 기한'),
  catalogueKey: w('Catalogue item', '목록 항목'),
  phase: w('Phase', '단계'),
  hidden: w('Hidden', '숨김'),
  reviewStatus: w('Review status', '검토 상태'),
  responsiblePerson: w('Responsible person', '책임자'),
  reviewedDate: w('Reviewed', '검토일'),
  alertMethod: w('Alert method', '알림 방식'),
  address: w('Address', '주소'),
  purpose: w('Purpose', '용도'),
  worksWhenProviderDown: w('Works when the provider is down', '공급자 장애 시에도 작동'),
  escalationOrder: w('Escalation order', '에스컬레이션 순서'),
  lastVerifiedDate: w('Last verified', '최근 확인일'),
  contractRef: w('Contract reference', '계약 번호'),
  supportHours: w('Support hours', '지원 시간'),
  availabilityHours: w('Availability hours', '연락 가능 시간'),
  timeZone: w('Time zone', '시간대'),
  source: w('Source', '출처'),
  userImpact: w('User impact', '사용자 영향'),
  scopeOfImpact: w('Scope of impact', '영향 범위'),
  rootCause: w('Root cause', '근본 원인'),
  actionsTaken: w('Actions taken', '취한 조치'),
  nextSteps: w('Next steps', '다음 단계'),
  planPerformance: w('How the plan performed', '계획의 효과'),
  provider: w('Provider', '공급자'),
  incidentId: w('Incident', '인시던트'),
  actionId: w('Action', '조치'),
  peakMonths: w('Peak months', '성수기 월'),
  peakMonthEnd: w('Month end peak', '월말 성수기'),
  peakDates: w('Peak dates', '성수기 날짜'),
  peakNotes: w('Peak notes', '성수기 메모'),
  siteResourceIds: w('Sites', '사업장'),
  money: w('Estimated loss', '예상 손실'),
  mtpdThreshold: w('Impact level no longer tolerable', '더는 견딜 수 없는 영향 수준'),
  minimumServiceLevel: w('Minimum service level', '최소 서비스 수준'),
  riskDependencyId: w('Risk area dependency', '위험 영역 의존 요소'),
  recoveryBasis: w('Recovery basis', '복구 근거'),
  headcount: w('Headcount', '인원'),
  dependentResourceId: w('Dependent resource', '의존하는 자원'),
  unit: w('Unit', '단위'),
  reachMethods: w('Ways to reach', '연락 방법'),
  escalateAfterMinutes: w('Escalate after', '에스컬레이션 시간'),
  escalatesToRoleId: w('Escalates to', '에스컬레이션 대상'),
  procedureId: w('Procedure', '절차'),
  offsetMinutes: w('When', '시점'),
  where: w('Where', '장소'),
  how: w('How', '방법'),
  type: w('Type', '유형'),
  scenarioIds: w('Scenarios', '시나리오'),
  processIds: w('Processes', '프로세스'),
  roleIds: w('Roles', '역할'),
  participants: w('Participants', '참가자'),
  exerciseId: w('Exercise', '훈련'),
  met: w('Met', '달성'),
  achievedHours: w('Achieved recovery time', '달성한 복구 시간'),
  state: w('State', '상태'),
  injects: w('Script', '시나리오 진행표'),
  current: w('Current step', '현재 단계'),
  startedAt: w('Started', '시작 시각'),
  pausedAt: w('Paused', '일시 정지 시각'),
  pausedSeconds: w('Time paused', '일시 정지 시간'),
  decisions: w('Decision log', '결정 기록'),
  major: w('Major version', '주 버전'),
  minor: w('Minor version', '부 버전'),
  summary: w('Summary', '요약'),
  publishedDate: w('Published', '발행일'),
  signOffs: w('Sign-offs', '서명'),
  snapshot: w('Plan contents', '계획 내용'),
};

const phrases = {
  added: w('{noun} “{name}” added', '{noun} “{name}” 추가됨'),
  removed: w('{noun} “{name}” removed', '{noun} “{name}” 삭제됨'),
  changed: w('{field} of {name}: {from} → {to}', '{name}의 {field}: {from} → {to}'),
  changedPlan: w('{field}: {from} → {to}', '{field}: {from} → {to}'),
  changedOnly: w('{field} of {name} changed', '{name}의 {field} 변경됨'),
  none: w('none', '없음'),
  yes: w('yes', '예'),
  no: w('no', '아니요'),
  hours: w('{n} h', '{n}시간'),
  minutes: w('{n} min', '{n}분'),
  months: w('{n} months', '{n}개월'),
  percent: w('{n}%', '{n}%'),
};

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');

/** Fields that every record carries for storage, not content. */
const metaFields = new Set([
  'id',
  'workbookId',
  'createdAt',
  'updatedAt',
  'rev',
  'deletedAt',
  'order',
  'snapshot',
]);

/** The workbook's own status and review date are document control, not content. */
const workbookControlFields = new Set(['status', 'lastReviewDate']);

/** "staffAffectedPercent" → "Staff affected percent" (only for fields without their own words). */
const plainWords = (field: string) => {
  const spaced = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

type Row = Record<string, unknown> & { id: string };

const NAME_FIELDS = [
  'title',
  'name',
  'action',
  'condition',
  'statement',
  'text',
  'questionKey',
  'label',
  'catalogueKey',
];

/** The words that identify a record: its title or name, else its kind, else its place. */
function nameOf(row: Row): string {
  for (const f of NAME_FIELDS) {
    const v = row[f];
    if (typeof v === 'string' && v.trim() !== '') return oneLine(v);
  }
  if (typeof row.kind === 'string') return row.kind;
  return typeof row.order === 'number' ? `#${row.order}` : '#';
}

const oneLine = (s: string) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : flat;
};

const equal = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function formatValue(
  field: string,
  value: unknown,
  lang: CompareLang,
  names: (id: string) => string,
): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return phrases.none[lang];
  }
  if (typeof value === 'boolean') return (value ? phrases.yes : phrases.no)[lang];
  if (typeof value === 'number') {
    const n = String(value);
    if (field.endsWith('Hours')) return fill(phrases.hours[lang], { n });
    if (field.endsWith('Minutes')) return fill(phrases.minutes[lang], { n });
    if (field.endsWith('Months')) return fill(phrases.months[lang], { n });
    if (field.endsWith('Percent')) return fill(phrases.percent[lang], { n });
    return n;
  }
  if (typeof value === 'string') {
    if (field.endsWith('Id')) return `“${names(value)}”`;
    // Enum values and dates read as they are; typed text is quoted.
    return /^[a-z0-9_\-:T.]+$/.test(value) ? value : `“${oneLine(value)}”`;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
    const items = value.map((v) => (field.endsWith('Ids') ? names(String(v)) : String(v)));
    return oneLine(items.join(', '));
  }
  return '';
}

/** Looks up a referenced record's name in either version (it may exist in one only). */
function namer(table: TableName, field: string, before: WorkbookSnapshot, after: WorkbookSnapshot) {
  const target = relationsOf(table).find((r) => r.field === field)?.target;
  return (id: string) => {
    if (!target || target === 'workbooks') return id;
    const hit = [...(after[target] as Row[]), ...(before[target] as Row[])].find((r) => r.id === id);
    return hit ? nameOf(hit) : id;
  };
}

function recordChanges(
  table: TableName,
  a: Row,
  b: Row,
  lang: CompareLang,
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
): string[] {
  const out: string[] = [];
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (f) => !metaFields.has(f) && !(table === 'workbooks' && workbookControlFields.has(f)),
  );
  for (const field of fields) {
    if (equal(a[field], b[field])) continue;
    const label = (fieldWords[field] ?? w(plainWords(field), plainWords(field)))[lang];
    const names = namer(table, field, before, after);
    const from = formatValue(field, a[field], lang, names);
    const to = formatValue(field, b[field], lang, names);
    const name = nameOf(b);
    if (from === '' || to === '') out.push(fill(phrases.changedOnly[lang], { field: label, name }));
    else if (table === 'workbooks') out.push(fill(phrases.changedPlan[lang], { field: label, from, to }));
    else out.push(fill(phrases.changed[lang], { field: label, name, from, to }));
  }
  return out;
}

const liveRows = (rows: readonly unknown[]) => (rows as Row[]).filter((r) => r.deletedAt == null);

/**
 * What changed from `before` to `after`, per section in the workbook's table order (sections with
 * no change are left out): removed records first, then added, then changed, field by field.
 */
export function compareVersions(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
  lang: CompareLang,
): SectionChanges[] {
  const out: SectionChanges[] = [];
  const planLines = recordChanges('workbooks', before.workbook, after.workbook, lang, before, after);
  if (planLines.length > 0) {
    out.push({
      table: 'workbooks',
      title: sections.workbooks.title[lang],
      lines: lines('changed', planLines),
    });
  }
  for (const table of childTableNames) {
    if (table === 'planVersions') continue;
    const was = liveRows(before[table]);
    const now = liveRows(after[table]);
    const wasById = new Map(was.map((r) => [r.id, r]));
    const nowIds = new Set(now.map((r) => r.id));
    const { noun, title } = sections[table];
    const section: ChangeLine[] = [];
    for (const r of was) {
      if (!nowIds.has(r.id))
        section.push({
          kind: 'removed',
          text: fill(phrases.removed[lang], { noun: noun[lang], name: nameOf(r) }),
        });
    }
    for (const r of now) {
      const old = wasById.get(r.id);
      if (!old)
        section.push({
          kind: 'added',
          text: fill(phrases.added[lang], { noun: noun[lang], name: nameOf(r) }),
        });
    }
    for (const r of now) {
      const old = wasById.get(r.id);
      if (old) section.push(...lines('changed', recordChanges(table, old, r, lang, before, after)));
    }
    if (section.length > 0) out.push({ table, title: title[lang], lines: section });
  }
  return out;
}

const lines = (kind: ChangeKind, texts: string[]): ChangeLine[] => texts.map((text) => ({ kind, text }));

/** A field's words (the change log's and the sync lost-edit notice's), if it has its own. */
export const fieldWordsOf = (field: string): Words | undefined =>
  Object.hasOwn(fieldWords, field) ? fieldWords[field] : undefined;

/** A field's name in words: its own, else its stored name spelled out ("rtoHours" → "Rto hours"). */
export const fieldName = (field: string, lang: CompareLang) =>
  fieldWordsOf(field)?.[lang] ?? plainWords(field);

/** The noun for one record of a table ("Process", "프로세스"). */
export const recordNoun = (table: TableName, lang: CompareLang) => sections[table].noun[lang];

/** The words that identify a record (its title or name, else its kind or place). */
export const recordName = (row: Record<string, unknown> & { id: string }) => nameOf(row);

/** Section titles and record nouns, for the read-only view of a version. */
export const sectionTitle = (table: TableName, lang: CompareLang) => sections[table].title[lang];

/** One record as "field: value" lines for the read-only view (same words as the comparison). */
export function describeRecord(
  table: ChildTableName | 'workbooks',
  row: Record<string, unknown>,
  lang: CompareLang,
  snapshot: WorkbookSnapshot,
): { name: string; fields: [string, string][] } {
  const names = (field: string) => namer(table, field, snapshot, snapshot);
  const isEmpty = (v: unknown) => v === null || v === '' || (Array.isArray(v) && v.length === 0);
  // Empty fields are left out: the view shows what the version holds. The workbook's old typed-in
  // status is not the plan's state (versions and sign-offs are), so it is not shown as content.
  const fields = Object.keys(row)
    .filter((f) => !metaFields.has(f) && !isEmpty(row[f]) && !(table === 'workbooks' && f === 'status'))
    .map((f): [string, string] => [
      (fieldWords[f] ?? w(plainWords(f), plainWords(f)))[lang],
      formatValue(f, row[f], lang, names(f)),
    ])
    .filter(([, v]) => v !== '');
  return { name: nameOf(row as Row), fields };
}
