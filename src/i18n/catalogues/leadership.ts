// What the plan asks of leadership: the decision control on actions and checklist items, the
// plan's decision page, and the plan's structure (purpose and scope, the scenario overview, the
// appendices). The PDF reads these in the language chosen for it.
import { defineCatalogue } from '../define';

export default defineCatalogue(
  {
    // The control beside an action or a checklist item
    'control.needed': 'Needs a leadership decision',
    'control.neededHint': 'Printed first in the plan, on the page leadership decides from.',
    'control.cost': 'Cost estimate',
    'control.costHint': 'A plain number (for example 12000000); leave empty if not known.',
    'control.neededBy': 'Decision needed by',

    // The decision page
    'page.requested': 'Decisions requested',
    'page.requestedNone': 'No decision is requested of leadership in this plan.',
    'page.decision': 'Decision on',
    'page.for': 'For',
    'page.owner': 'Owner',
    'page.cost': 'Cost estimate',
    'page.neededBy': 'Needed by',
    'page.gapFor': 'Checklist gap',
    'page.unassigned': 'unassigned',
    'page.notKnown': 'not known',
    'page.noDate': 'no date',
    'page.topRisks': 'Top risks',
    'page.topRisksNone': 'No scenario is recorded, so no risk is ranked.',
    'page.tieRule':
      'Ranked by score (likelihood × impact); equal scores: higher impact first, then the order of the scenario list. The Scenarios section uses the same ranking.',
    'page.tied':
      '{count} scenarios share the top score of {score}; the {shown} shown are the first of them by this ranking.',
    'page.rank': 'Rank',
    'page.scenario': 'Scenario',
    'page.score': 'Score',
    'page.rto': 'RTO',
    'page.overdue': 'Overdue actions',
    'page.overdueNone': 'No open action is past its due date.',
    'page.dueSoon': 'Actions due in the next 14 days',
    'page.dueSoonNone': 'No open action falls due in the next 14 days.',
    'page.actionsNoneRecorded': 'No mitigation action is recorded yet.',
    'page.more': 'And {count} more: every one is listed in the appendices.',
    'page.action': 'Action',
    'page.due': 'Due',
    'page.gaps': 'Open gaps',
    'page.gapsNone': 'No checklist item is reviewed as a gap.',
    'page.checklistEmpty': 'The responsibility checklist is empty, so no gap is known.',
    'page.gap': 'Gap',
    'page.who': 'Who',
    'page.person': 'Responsible person',
    'page.bia': 'Business impact analysis',
    'page.exercise': 'Last exercise',
    'page.biaNone': 'No business process is recorded in the BIA yet, so no recovery time is checked.',
    'page.biaNoTierOne': 'No process is rated tier 1 in the BIA.',
    'page.biaAllMet': 'All {count} tier-1 processes can be back within their recovery time objective.',
    'page.biaUnmet':
      '{unmet} of {count} tier-1 processes cannot be back within their recovery time objective:',
    'page.process': 'Process',
    'page.backAt': 'Back after',

    // Purpose and scope
    'purpose.purpose': 'Purpose',
    'purpose.text':
      'This plan says how {org} keeps its critical work going, and brings it back, when people, a location or the systems it relies on are lost, including an outage at its cloud service provider. It names who decides, who acts and who is told, and what leadership is asked to decide now.',
    'purpose.orgFallback': 'the organisation',
    'purpose.scope': 'Scope',
    'purpose.scopeNone': 'No scope is recorded yet: the plan does not yet say what it covers.',
    'purpose.structure': 'How this plan is organised',
    'purpose.structureText':
      'The plan follows ISO 22301 (clause 8.4): purpose and scope, activation, roles, business impact, recovery strategies and procedures by scenario, communications, exercises; contacts, the detailed scenario cards and the responsibility checklist are in the appendices.',

    // The scenario overview in the body
    'overview.intro':
      'One line per scenario, highest risk first; the detailed card of each (with its actions and policy checks) is in the appendix under the same number.',
    'overview.objectives': 'RTO / RPO',
    'overview.status': 'Status',
    'overview.openActions': 'Open actions',
    'card.continued': '{title} (continued)',
  },
  {
    'control.needed': '경영진 결정 필요',
    'control.neededHint': '계획서 맨 앞, 경영진이 결정하는 페이지에 인쇄됩니다.',
    'control.cost': '예상 비용',
    'control.costHint': '숫자만 입력하세요(예: 12000000). 모르면 비워 두세요.',
    'control.neededBy': '결정 필요 기한',

    'page.requested': '요청하는 결정',
    'page.requestedNone': '이 계획서에서 경영진에게 요청하는 결정은 없습니다.',
    'page.decision': '결정 대상',
    'page.for': '관련 항목',
    'page.owner': '담당자',
    'page.cost': '예상 비용',
    'page.neededBy': '결정 기한',
    'page.gapFor': '점검표 빈틈',
    'page.unassigned': '담당자 없음',
    'page.notKnown': '모름',
    'page.noDate': '기한 없음',
    'page.topRisks': '주요 위험',
    'page.topRisksNone': '기록된 시나리오가 없어 순위를 매긴 위험이 없습니다.',
    'page.tieRule':
      '점수(가능성 × 영향) 순이며, 점수가 같으면 영향이 큰 것을 먼저, 그다음 시나리오 목록의 순서를 따릅니다. 시나리오 절도 같은 순위를 씁니다.',
    'page.tied':
      '시나리오 {count}개가 최고 점수 {score}점을 공유합니다. 여기 보이는 {shown}개는 이 순위 규칙에 따른 앞의 것입니다.',
    'page.rank': '순위',
    'page.scenario': '시나리오',
    'page.score': '점수',
    'page.rto': 'RTO(복구 목표)',
    'page.overdue': '기한이 지난 조치',
    'page.overdueNone': '기한이 지난 미완료 조치는 없습니다.',
    'page.dueSoon': '14일 안에 기한이 되는 조치',
    'page.dueSoonNone': '14일 안에 기한이 되는 미완료 조치는 없습니다.',
    'page.actionsNoneRecorded': '기록된 완화 조치가 아직 없습니다.',
    'page.more': '이 밖에 {count}개가 더 있으며, 모두 부록에 나와 있습니다.',
    'page.action': '조치',
    'page.due': '기한',
    'page.gaps': '남아 있는 빈틈',
    'page.gapsNone': '빈틈으로 검토된 점검표 항목은 없습니다.',
    'page.checklistEmpty': '책임 점검표가 비어 있어 확인된 빈틈이 없습니다.',
    'page.gap': '빈틈',
    'page.who': '주체',
    'page.person': '담당자',
    'page.bia': '업무 영향 분석',
    'page.exercise': '마지막 훈련',
    'page.biaNone': 'BIA에 기록된 업무 프로세스가 아직 없어 복구 시간을 점검하지 않았습니다.',
    'page.biaNoTierOne': 'BIA에 1등급 프로세스가 없습니다.',
    'page.biaAllMet': '1등급 프로세스 {count}개 모두 목표 복구 시간 안에 복구할 수 있습니다.',
    'page.biaUnmet': '1등급 프로세스 {count}개 중 {unmet}개는 목표 복구 시간 안에 복구할 수 없습니다.',
    'page.process': '프로세스',
    'page.backAt': '복구까지',

    'purpose.purpose': '목적',
    'purpose.text':
      '이 계획서는 {org}이(가) 사람, 장소 또는 의존하는 시스템을 잃었을 때(클라우드 서비스 공급자의 장애 포함) 핵심 업무를 어떻게 이어 가고 되살리는지 설명합니다. 누가 결정하고, 누가 실행하며, 누구에게 알리는지, 그리고 지금 경영진에게 요청하는 결정이 무엇인지 밝힙니다.',
    'purpose.orgFallback': '조직',
    'purpose.scope': '범위',
    'purpose.scopeNone': '아직 범위가 기록되지 않아 계획서가 무엇을 다루는지 밝히지 않았습니다.',
    'purpose.structure': '계획서의 구성',
    'purpose.structureText':
      '이 계획서는 ISO 22301(8.4항)을 따릅니다. 목적과 범위, 발동, 역할, 업무 영향, 시나리오별 복구 전략과 절차, 커뮤니케이션, 훈련 순서이며, 연락처, 시나리오 상세 카드, 책임 점검표는 부록에 있습니다.',

    'overview.intro':
      '시나리오마다 한 줄이며 위험이 큰 것부터 나열합니다. 시나리오별 상세 카드(조치와 정책 점검 포함)는 같은 번호로 부록에 있습니다.',
    'overview.objectives': '복구 목표 RTO / RPO',
    'overview.status': '상태',
    'overview.openActions': '미완료 조치',
    'card.continued': '{title} (계속)',
  },
);
