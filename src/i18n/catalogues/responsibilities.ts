// The shared responsibility matrix and checklist: the 13 default items, areas, owners, phases, statuses.
import { defineCatalogue } from '../define';

export default defineCatalogue(
  {
    heading: 'Who is responsible for what',
    intro:
      'Running a cloud service for your people is a joint effort: the provider runs the service, your organisation connects to it, controls who gets in and decides how it is used, and some work sits with both. Review each item and note who on your side looks after it.',

    'area.endpoint_connectivity': 'Endpoint connectivity',
    'area.identity_access': 'Identity and access',
    'area.service_usage': 'Service usage',
    'area.identity_directory': 'Identity and directory infrastructure',
    'area.service_delivery': 'Service delivery and resilience',
    'area.incident_comms': 'Incident communications',
    'area.continuity_planning': 'Continuity planning',

    'owner.customer': 'Customer (us)',
    'owner.shared': 'Shared',
    'owner.provider': 'Provider',
    'phase.incident': 'During a service incident',
    'phase.regular': 'Regular operations',
    'phase.both': 'Both phases',

    'status.not_reviewed': 'Not reviewed',
    'status.in_place': 'In place',
    'status.partial': 'Partly in place',
    'status.gap': 'Gap',
    'status.not_applicable': 'Not applicable',
    'providerStatus.in_place': 'Yes: we know how to check it and someone watches it',
    'providerStatus.partial': 'Partly: we know how, but nobody is assigned (or the reverse)',
    'providerStatus.gap': 'No: we do not know how to check it',

    'item.serviceAvailability.title': 'Keeping the cloud service available and recovering it',
    'item.serviceAvailability.description':
      'The provider designs the service to stay up, spreads it over resilient infrastructure and restores it after a failure.',
    'item.incidentDetection.title': 'Spotting incidents and working out who is affected',
    'item.incidentDetection.description':
      'The provider monitors the service, notices when something breaks and narrows down which tenants feel it, from one tenant to a whole region; when unsure it tells everyone who might be hit.',
    'item.healthUpdates.title': 'Posting service health updates, with a backup status site',
    'item.healthUpdates.description':
      'During an incident the provider posts to the service health dashboard, usually once an hour, says so in the post if that rhythm changes, and keeps a separate status site for when the admin center itself is unreachable.',
    'item.postIncidentReview.title': 'Publishing a review after a major incident',
    'item.postIncidentReview.description':
      'After a major incident the provider publishes a post-incident review on the dashboard: user impact, scope, start and end times, root cause, what was done and what comes next.',
    'item.messageCenter.title': 'Announcing changes and maintenance in the message center',
    'item.messageCenter.description':
      'The provider tells administrators ahead of time about upcoming changes, new features and planned maintenance.',
    'item.endpointConnectivity.title': 'Connecting our devices to the service',
    'item.endpointConnectivity.description':
      'Our devices, office network, internet links, proxies and VPN, including a split tunnel so cloud traffic goes straight out instead of through the VPN.',
    'item.identityAccess.title': 'Managing identities and access',
    'item.identityAccess.description':
      'Our user accounts, multi-factor sign-in, conditional access rules and emergency (break-glass) administrator accounts.',
    'item.serviceUsage.title': 'Managing how we use the services',
    'item.serviceUsage.description':
      'How the services are configured for us, which licences we hold and how well people have adopted them.',
    'item.watchChannels.title': 'Watching the provider’s status channels',
    'item.watchChannels.description':
      'Someone on our side keeps an eye on the service health dashboard, the backup status site, the public status account, the admin mobile app and the message center.',
    'item.internalComms.title': 'Telling our staff and helpdesk during an outage',
    'item.internalComms.description':
      'We pass what we learn to our own people and the helpdesk, through channels that still work while the provider’s service is down.',
    'item.adminContacts.title': 'Keeping admin contacts and notification settings up to date',
    'item.adminContacts.description':
      'The provider can only reach us if the administrator contacts and alert settings in the tenant are correct.',
    'item.identityDirectory.title': 'Running the identity and directory link',
    'item.identityDirectory.description':
      'Directory synchronisation, federation and hybrid identity depend on both our servers and the provider’s cloud directory.',
    'item.continuityPlan.title': 'Keeping the continuity plan, exercising and reviewing it',
    'item.continuityPlan.description':
      'We own this plan: we test it with exercises and review it on a regular cycle.',

    untitled: '(untitled item)',
    custom: 'Added by us',
    hiddenBadge: 'Hidden',

    'matrix.heading': 'Responsibility matrix',
    'matrix.phase': 'Phase shown',
    'matrix.area': 'Area',
    'matrix.empty': '—',
    'matrix.caption': 'Responsibilities {phase}',
    'matrix.balance': 'In this phase: {customer} with us, {shared} shared, {provider} with the provider.',

    'progress.heading': 'Review progress',
    'progress.reviewed': '{reviewed} of {total} items reviewed ({percent})',
    'progress.gaps': 'Open gaps: {count}',
    'progress.partial': 'Partly in place: {count}',
    'progress.bar': 'Share of items reviewed',

    'checklist.heading': 'Checklist',
    'checklist.filterStatus': 'Status',
    'checklist.filterOwner': 'Owner',
    'checklist.filterPhase': 'Phase',
    'checklist.showHidden': 'Show hidden items',
    'checklist.count': '{count} item(s) shown',
    'checklist.none': 'No items match these filters.',
    'checklist.exportCsv': 'Export checklist (CSV)',
    'checklist.add': 'Add item',
    'checklist.status': 'Review status',
    'checklist.person': 'Person responsible (our side)',
    'checklist.notes': 'Evidence or notes',
    'checklist.reviewedDate': 'Date last reviewed',
    'checklist.providerQuestion': 'Do we know how to check this, and who watches it?',
    'checklist.watcher': 'Who watches it (our side)',
    'checklist.providerNotes': 'How we check it (link, alert, evidence)',
    'checklist.editWording': 'Edit wording and placement',
    'checklist.title': 'Title',
    'checklist.titleHint': 'Leave empty to show the standard wording in the current language.',
    'checklist.description': 'Description',
    'checklist.area': 'Area',
    'checklist.owner': 'Owner',
    'checklist.phase': 'Applies',
    'checklist.hide': 'Hide',
    'checklist.restore': 'Restore',
    'checklist.hidden': 'Hidden “{title}”.',
    'checklist.restored': 'Restored “{title}”.',
    'checklist.actionsFor': 'Actions for {title}',

    'new.title': 'Add a responsibility item',
    'new.create': 'Add item',

    'csv.area': 'Area',
    'csv.owner': 'Owner',
    'csv.phase': 'Phase',
    'csv.item': 'Item',
    'csv.description': 'Description',
    'csv.status': 'Status',
    'csv.person': 'Person responsible',
    'csv.notes': 'Evidence or notes',
    'csv.reviewedDate': 'Date last reviewed',
    'csv.hidden': 'Hidden',
    'csv.fileName': 'responsibility-checklist',
  },
  {
    heading: '누가 무엇을 책임지는가',
    intro:
      '클라우드 서비스를 직원에게 제공하는 일은 함께하는 일입니다. 서비스 운영은 공급자가 맡고, 서비스 연결과 접근 관리, 사용 방식은 우리 조직이 정하며, 일부 업무는 양쪽이 함께 맡습니다. 항목마다 검토하고 우리 쪽 담당자를 기록하세요.',

    'area.endpoint_connectivity': '엔드포인트 연결',
    'area.identity_access': 'ID 및 접근',
    'area.service_usage': '서비스 사용',
    'area.identity_directory': 'ID·디렉터리 인프라',
    'area.service_delivery': '서비스 제공과 복원력',
    'area.incident_comms': '장애 커뮤니케이션',
    'area.continuity_planning': '연속성 계획',

    'owner.customer': '고객(우리)',
    'owner.shared': '공동',
    'owner.provider': '공급자',
    'phase.incident': '서비스 장애 중',
    'phase.regular': '평상시 운영',
    'phase.both': '두 단계 모두',

    'status.not_reviewed': '검토 안 함',
    'status.in_place': '갖춰짐',
    'status.partial': '일부 갖춰짐',
    'status.gap': '빈틈',
    'status.not_applicable': '해당 없음',
    'providerStatus.in_place': '예: 확인 방법을 알고 담당자가 지켜봄',
    'providerStatus.partial': '일부: 방법은 알지만 담당자가 없음(또는 그 반대)',
    'providerStatus.gap': '아니요: 확인 방법을 모름',

    'item.serviceAvailability.title': '클라우드 서비스의 가용성 유지와 복구',
    'item.serviceAvailability.description':
      '공급자는 서비스가 멈추지 않도록 설계하고, 복원력 있는 인프라에 분산해 운영하며, 장애가 나면 복구합니다.',
    'item.incidentDetection.title': '장애 감지와 영향받는 테넌트 파악',
    'item.incidentDetection.description':
      '공급자는 서비스를 모니터링해 문제를 알아차리고, 테넌트 하나부터 지역 전체까지 영향 범위를 좁혀 냅니다. 범위가 불분명하면 영향받을 수 있는 모든 고객에게 알립니다.',
    'item.healthUpdates.title': '서비스 상태 업데이트 게시와 예비 상태 사이트',
    'item.healthUpdates.description':
      '장애 중 공급자는 서비스 상태 대시보드에 보통 한 시간마다 소식을 올리고, 주기가 바뀌면 게시물에서 알립니다. 관리 센터에 접속할 수 없을 때를 위해 별도의 상태 사이트도 운영합니다.',
    'item.postIncidentReview.title': '주요 장애 후 사후 검토 게시',
    'item.postIncidentReview.description':
      '주요 장애가 끝나면 공급자는 대시보드에 사후 검토를 올립니다. 사용자 영향, 영향 범위, 시작·종료 시각, 근본 원인, 조치 내용, 다음 단계가 담깁니다.',
    'item.messageCenter.title': '메시지 센터의 변경·유지 관리 공지',
    'item.messageCenter.description':
      '공급자는 예정된 변경, 새 기능, 계획된 유지 관리를 관리자에게 미리 알립니다.',
    'item.endpointConnectivity.title': '우리 기기를 서비스에 연결하기',
    'item.endpointConnectivity.description':
      '우리 기기, 사무실 네트워크, 인터넷 회선, 프록시, VPN. 클라우드 트래픽이 VPN을 거치지 않고 바로 나가도록 하는 분할 터널도 포함합니다.',
    'item.identityAccess.title': 'ID와 접근 관리',
    'item.identityAccess.description':
      '사용자 계정, 다단계 인증, 조건부 액세스 규칙, 비상용(break-glass) 관리자 계정.',
    'item.serviceUsage.title': '서비스 사용 방식 관리',
    'item.serviceUsage.description': '서비스 구성 방식, 보유 라이선스, 직원들의 활용 정도.',
    'item.watchChannels.title': '공급자 상태 채널 지켜보기',
    'item.watchChannels.description':
      '우리 쪽 누군가가 서비스 상태 대시보드, 예비 상태 사이트, 공개 상태 계정, 관리자 모바일 앱, 메시지 센터를 살핍니다.',
    'item.internalComms.title': '장애 중 직원과 헬프데스크에 알리기',
    'item.internalComms.description':
      '파악한 내용을 공급자 서비스가 멈춰도 작동하는 채널로 직원과 헬프데스크에 전달합니다.',
    'item.adminContacts.title': '관리자 연락처와 알림 설정 최신 유지',
    'item.adminContacts.description':
      '테넌트의 관리자 연락처와 알림 설정이 정확해야 공급자가 우리에게 연락할 수 있습니다.',
    'item.identityDirectory.title': 'ID·디렉터리 연동 운영',
    'item.identityDirectory.description':
      '디렉터리 동기화, 페더레이션, 하이브리드 ID는 우리 서버와 공급자의 클라우드 디렉터리 양쪽에 달려 있습니다.',
    'item.continuityPlan.title': '연속성 계획 유지, 훈련, 검토',
    'item.continuityPlan.description':
      '이 계획은 우리 책임입니다. 훈련으로 시험하고 정해진 주기로 검토합니다.',

    untitled: '(제목 없는 항목)',
    custom: '직접 추가',
    hiddenBadge: '숨김',

    'matrix.heading': '책임 매트릭스',
    'matrix.phase': '표시할 단계',
    'matrix.area': '영역',
    'matrix.empty': '—',
    'matrix.caption': '책임 분담: {phase}',
    'matrix.balance': '이 단계에서 우리 {customer}개, 공동 {shared}개, 공급자 {provider}개.',

    'progress.heading': '검토 진행 상황',
    'progress.reviewed': '항목 {total}개 중 {reviewed}개 검토 완료({percent})',
    'progress.gaps': '남은 빈틈 항목: {count}개',
    'progress.partial': '일부 갖춰진 항목: {count}개',
    'progress.bar': '검토를 마친 항목 비율',

    'checklist.heading': '체크리스트',
    'checklist.filterStatus': '상태',
    'checklist.filterOwner': '책임 주체',
    'checklist.filterPhase': '단계',
    'checklist.showHidden': '숨긴 항목 보기',
    'checklist.count': '항목 {count}개 표시',
    'checklist.none': '조건에 맞는 항목이 없습니다.',
    'checklist.exportCsv': '체크리스트 내보내기(CSV)',
    'checklist.add': '항목 추가',
    'checklist.status': '검토 상태',
    'checklist.person': '담당자(우리 쪽)',
    'checklist.notes': '근거 또는 메모',
    'checklist.reviewedDate': '최근 검토일',
    'checklist.providerQuestion': '확인하는 방법을 알고 있으며, 누가 지켜보나요?',
    'checklist.watcher': '지켜보는 사람(우리 쪽)',
    'checklist.providerNotes': '확인 방법(링크, 알림, 근거)',
    'checklist.editWording': '문구와 위치 편집',
    'checklist.title': '제목',
    'checklist.titleHint': '비워 두면 현재 언어의 기본 문구가 표시됩니다.',
    'checklist.description': '설명',
    'checklist.area': '영역',
    'checklist.owner': '책임 주체',
    'checklist.phase': '적용 단계',
    'checklist.hide': '숨기기',
    'checklist.restore': '복원',
    'checklist.hidden': '“{title}” 항목을 숨겼습니다.',
    'checklist.restored': '“{title}” 항목을 복원했습니다.',
    'checklist.actionsFor': '{title} 작업',

    'new.title': '책임 항목 추가',
    'new.create': '항목 추가',

    'csv.area': '영역',
    'csv.owner': '책임 주체',
    'csv.phase': '단계',
    'csv.item': '항목',
    'csv.description': '설명',
    'csv.status': '상태',
    'csv.person': '담당자',
    'csv.notes': '근거 또는 메모',
    'csv.reviewedDate': '최근 검토일',
    'csv.hidden': '숨김',
    'csv.fileName': '책임-체크리스트',
  },
);
