// The risk areas step: guidance, questions, readiness ratings and dependency lists per area.
import { defineCatalogue } from '../define';

export default defineCatalogue(
  {
    title: 'Risk areas',
    intro:
      'Service continuity can fail through people, through places and networks, or through systems. Work through each area: answer its questions, rate how ready you are, and list what you depend on.',
    areasNav: 'Risk areas',
    'area.people': 'People',
    'area.location': 'Location',
    'area.systems': 'Systems',
    'guidance.people':
      'Think about events that take many staff offline at the same moment, such as a regional disaster or an outbreak of illness. Teams spread across cities can hide this risk: ask whether the business could still run, and what would keep it running.',
    'guidance.location':
      'Some work can only be done from a particular office or while connected to a particular network. Routing cloud traffic directly to the internet (for example with a split-tunnel VPN) keeps it fast, but resilience also needs a second way to reach company resources when the usual route is closed.',
    'guidance.systems':
      'Working together relies on systems you may take for granted: the corporate WAN, the VPN, the identity service that signs people in, and the cloud service itself. Decide in advance what people do when one of them stops.',
    questions: 'Questions',
    answer: 'Answer',
    rating: 'Readiness',
    'rating.not_assessed': 'Not assessed',
    'rating.weak': 'Weak',
    'rating.partial': 'Partial',
    'rating.strong': 'Strong',
    'questions.peopleOfflineShare': 'What share of staff could be unable to work at the same time?',
    'questions.peopleKeepRunning': 'With that many people offline, would the business keep running? How?',
    'questions.peopleKeyRoles': 'Which roles or people are hard to replace, and who stands in for them?',
    'questions.peopleDispersed':
      'Where do staff live and work, and could one event reach most of them at once?',
    'questions.locationSiteBound': 'Which work can only be done at a specific site or on a specific network?',
    'questions.locationAlternateAccess':
      'If that site or network is out of reach, what is the other way in to company resources?',
    'questions.locationSplitTunnel':
      'Does cloud traffic go straight to the internet (split-tunnel VPN, direct access) rather than through the office?',
    'questions.locationDevicesAtHome':
      'Do people who may need to work remotely keep their work devices with them at home?',
    'questions.systemsDependencies':
      'Which systems does collaboration depend on: the WAN, the VPN, identity and sign-in, the cloud service?',
    'questions.systemsResponse':
      'When one of those systems is down, what do people do instead, and who decides?',
    'questions.systemsIdentity':
      'If the identity service cannot sign people in, how do they reach the tools they need?',
    'questions.systemsCloudService':
      'During an incident at the cloud provider, how do you learn about it and keep working?',
    dependencies: 'What we depend on',
    'dependencies.people': 'Key groups of people and roles',
    'dependencies.location': 'Sites and network locations',
    'dependencies.systems': 'Systems and services',
    'dependencies.hint': 'These lists are offered when a scenario names what it affects.',
    'dependencies.empty': 'Nothing listed yet.',
    dependencyName: 'Name',
    dependencyNotes: 'Notes',
    addDependency: 'Add',
    newDependencyName: 'New entry',
    removeDependency: 'Remove {name}',
    dependencyRemoved: '“{name}” was removed.',
    'errors.duplicate': '“{name}” is already in this list.',
    'link.inBia': 'In the BIA:',
    'link.recovers': 'recovers in {hours} h',
    'link.noRecovery': 'recovery time not set yet',
    'link.none': 'Not in the BIA.',
    'link.put': 'Put in the BIA',
    'link.putNamed': 'Put {name} in the BIA',
    'link.removedWith': '“{name}” was removed, with its BIA resource.',
    'link.keptOne':
      '“{name}” was removed from this list. Its BIA resource “{resource}” stays: 1 process depends on it.',
    'link.keptMany':
      '“{name}” was removed from this list. Its BIA resource “{resource}” stays: {count} processes depend on it.',
    'link.keptDetails':
      '“{name}” was removed from this list. Its BIA resource “{resource}” stays: it holds details entered in the BIA.',
    answered: '{answered} of {total} answered',
  },
  {
    title: '위험 영역',
    intro:
      '서비스 연속성은 사람, 장소와 네트워크, 시스템 중 어느 쪽에서든 무너질 수 있습니다. 영역마다 질문에 답하고, 준비 수준을 평가하고, 의존하는 대상을 적어 두세요.',
    areasNav: '위험 영역',
    'area.people': '사람',
    'area.location': '장소',
    'area.systems': '시스템',
    'guidance.people':
      '지역 재난이나 감염병 유행처럼 많은 직원이 한꺼번에 일할 수 없게 되는 상황을 떠올려 보세요. 직원이 여러 도시에 흩어져 있으면 이 위험을 놓치기 쉽습니다. 그래도 업무가 돌아갈지, 무엇이 그것을 가능하게 하는지 점검하세요.',
    'guidance.location':
      '어떤 업무는 특정 사무실이나 특정 네트워크에 연결된 상태에서만 할 수 있습니다. 클라우드 트래픽을 인터넷으로 바로 보내면(예: 분할 터널 VPN) 빠르게 쓸 수 있지만, 평소 경로가 막혔을 때 회사 자원에 닿을 다른 길도 있어야 합니다.',
    'guidance.systems':
      '협업은 당연하게 여기기 쉬운 시스템에 기대고 있습니다. 사내 WAN, VPN, 로그인을 처리하는 ID 서비스, 그리고 클라우드 서비스 자체입니다. 그중 하나가 멈추면 무엇을 할지 미리 정해 두세요.',
    questions: '질문',
    answer: '답변',
    rating: '준비 수준',
    'rating.not_assessed': '평가 안 함',
    'rating.weak': '미흡',
    'rating.partial': '부분적',
    'rating.strong': '충분',
    'questions.peopleOfflineShare': '동시에 일할 수 없게 될 수 있는 직원은 전체의 몇 퍼센트입니까?',
    'questions.peopleKeepRunning': '그만큼의 인원이 빠져도 업무가 계속 돌아갑니까? 어떻게 돌아갑니까?',
    'questions.peopleKeyRoles': '대체하기 어려운 역할이나 사람은 누구이며, 그 일을 누가 대신합니까?',
    'questions.peopleDispersed':
      '직원들은 어디에서 살고 일하며, 한 가지 사건이 대부분에게 동시에 영향을 줄 수 있습니까?',
    'questions.locationSiteBound': '특정 장소나 특정 네트워크에서만 할 수 있는 업무는 무엇입니까?',
    'questions.locationAlternateAccess':
      '그 장소나 네트워크에 닿을 수 없을 때 회사 자원에 접근할 다른 방법은 무엇입니까?',
    'questions.locationSplitTunnel':
      '클라우드 트래픽이 사무실을 거치지 않고 인터넷으로 바로 나갑니까(분할 터널 VPN, 직접 접속)?',
    'questions.locationDevicesAtHome':
      '원격으로 일해야 할 수 있는 직원이 업무용 기기를 집에 가지고 있습니까?',
    'questions.systemsDependencies':
      '협업은 어떤 시스템에 의존합니까? WAN, VPN, ID와 로그인, 클라우드 서비스 등',
    'questions.systemsResponse': '그 시스템 중 하나가 멈추면 직원들은 대신 무엇을 하며, 누가 결정합니까?',
    'questions.systemsIdentity': 'ID 서비스가 로그인을 처리하지 못하면 필요한 도구에 어떻게 접근합니까?',
    'questions.systemsCloudService':
      '클라우드 공급자에 장애가 생기면 어떻게 알게 되고, 어떻게 업무를 이어갑니까?',
    dependencies: '의존하는 대상',
    'dependencies.people': '핵심 인력 그룹과 역할',
    'dependencies.location': '장소와 네트워크 위치',
    'dependencies.systems': '시스템과 서비스',
    'dependencies.hint': '시나리오가 영향을 주는 대상을 고를 때 이 목록이 제시됩니다.',
    'dependencies.empty': '아직 등록된 항목이 없습니다.',
    dependencyName: '이름',
    dependencyNotes: '메모',
    addDependency: '추가',
    newDependencyName: '새 항목',
    removeDependency: '{name} 제거',
    dependencyRemoved: '“{name}”을(를) 제거했습니다.',
    'errors.duplicate': '“{name}”은(는) 이미 이 목록에 있습니다.',
    'link.inBia': 'BIA 자원:',
    'link.recovers': '{hours}시간 안에 복구',
    'link.noRecovery': '복구 시간 아직 미입력',
    'link.none': 'BIA에 없습니다.',
    'link.put': 'BIA에 넣기',
    'link.putNamed': '{name}을(를) BIA에 넣기',
    'link.removedWith': '“{name}”을(를) BIA 자원과 함께 제거했습니다.',
    'link.keptOne':
      '“{name}”을(를) 이 목록에서 제거했습니다. BIA 자원 “{resource}”은(는) 남겨 둡니다: 프로세스 1개가 의존합니다.',
    'link.keptMany':
      '“{name}”을(를) 이 목록에서 제거했습니다. BIA 자원 “{resource}”은(는) 남겨 둡니다: 프로세스 {count}개가 의존합니다.',
    'link.keptDetails':
      '“{name}”을(를) 이 목록에서 제거했습니다. BIA 자원 “{resource}”은(는) 남겨 둡니다: BIA에 입력한 내용이 있습니다.',
    answered: '{total}개 중 {answered}개 답변',
  },
);
