// The activation and response step (criteria, who declares, escalation, roles, procedures) and the
// one action list.
import { defineCatalogue } from '../define';

export default defineCatalogue(
  {
    heading: 'Activation and response',
    'errors.stepRole': 'Choose the role that carries out this step.',
    'errors.loop': 'This escalation would lead back to this role. Choose another role.',
    'warnings.providerOnly':
      'Every way to reach the people who may declare runs on the provider’s mail or chat. Add a bridge line or phone tree that works when the service is down.',
    'warnings.noDeclarer': 'No role may declare an incident yet.',
    'warnings.noWay': 'No way to reach the people who may declare is listed.',
    'flags.noContact': 'No contact holds this role.',
    'flags.noAlternate': 'No alternate for this role.',
    'flags.allStale': 'Every contact for this role is unverified for 6 months or more.',
    'template.tier1Down': 'A tier-1 process is down for longer than the threshold',
    'template.providerIncident': 'A provider incident affects more than the threshold share of users',
    'template.siteUnreachable': 'A site cannot be reached',
    'template.staffUnavailable': 'More than the threshold share of staff is unavailable',
    'step.declare': 'Declare the incident and open the bridge line',
    'step.informStaff': 'Tell staff what happened and how to report their status',
    'step.assess': 'Assess what is down and for how long',
    'step.workaround': 'Start the manual workaround',
    'step.provider': 'Open a case with the provider and follow its status page',
    'step.standDown': 'Stand down the response team',
    'step.reconcile': 'Re-enter the work done by hand and check the data',
  },
  {
    heading: '발동 및 대응',
    'errors.stepRole': '이 단계를 수행할 역할을 선택하세요.',
    'errors.loop': '이 상향 보고는 이 역할로 되돌아옵니다. 다른 역할을 선택하세요.',
    'warnings.providerOnly':
      '선언 권한자에게 연락하는 모든 방법이 제공업체의 메일이나 채팅에 의존합니다. 서비스가 중단되어도 작동하는 브리지 회선이나 전화 연락망을 추가하세요.',
    'warnings.noDeclarer': '아직 사고를 선언할 수 있는 역할이 없습니다.',
    'warnings.noWay': '선언 권한자에게 연락하는 방법이 없습니다.',
    'flags.noContact': '이 역할을 맡은 연락처가 없습니다.',
    'flags.noAlternate': '이 역할의 대리자가 없습니다.',
    'flags.allStale': '이 역할의 모든 연락처가 6개월 이상 확인되지 않았습니다.',
    'template.tier1Down': '1등급 프로세스가 기준 시간보다 오래 중단됨',
    'template.providerIncident': '제공업체 장애가 기준 비율보다 많은 사용자에게 영향을 줌',
    'template.siteUnreachable': '사업장에 접근할 수 없음',
    'template.staffUnavailable': '기준 비율보다 많은 직원이 근무할 수 없음',
    'step.declare': '사고를 선언하고 브리지 회선을 엽니다',
    'step.informStaff': '직원에게 상황과 상태 보고 방법을 알립니다',
    'step.assess': '무엇이 얼마나 오래 중단되는지 평가합니다',
    'step.workaround': '수작업 대체 절차를 시작합니다',
    'step.provider': '제공업체에 문의를 접수하고 상태 페이지를 확인합니다',
    'step.standDown': '대응팀을 해산합니다',
    'step.reconcile': '수작업으로 처리한 내용을 다시 입력하고 데이터를 확인합니다',
  },
);
