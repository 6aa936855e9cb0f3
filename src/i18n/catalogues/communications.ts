// Provider status channels, internal channels, the readiness summary, contacts and the call tree.
import { defineCatalogue } from '../define';

export default defineCatalogue(
  {
    heading: 'Communications',
    intro:
      'During an outage people need to know what is happening, and your usual tools may be part of the outage. Decide which provider channels you watch and who watches them, how the news reaches your own people, and whom to call.',
    'view.channels': 'Channels',
    'view.contacts': 'Contacts and call tree',
    'view.label': 'Communications sections',

    'readiness.heading': 'Readiness summary',
    'readiness.allGood': 'No gaps found in the communication plan.',
    'readiness.noDashboardWatcher':
      'Nobody is watching the service health dashboard: mark it as used and name who watches it.',
    'readiness.noFallbackChannel':
      'No fallback channel: if the admin center is down, there is no other provider channel in your fallback order.',
    'readiness.noInternalChannel': 'No internal channel yet: add how you tell staff and the helpdesk.',
    'readiness.allInternalDependOnProvider':
      'Every internal channel depends on the provider: when its service is down, you cannot reach your people.',
    'readiness.cadenceSlowerThanProvider':
      'You check less often than the provider posts updates, so news may wait for you.',

    'cadence.heading': 'Our check cadence',
    'cadence.label': 'We check provider status every (minutes)',
    'cadence.hint':
      'For comparison: during an incident the provider normally updates its service health dashboard every hour (60 minutes), and says so in the post if that changes.',
    'cadence.range': 'Choose from 5 to 1440 minutes.',

    'provider.heading': 'Provider status channels',
    'commitments.heading': 'What the provider commits to during an incident',
    'commitments.intro': 'Plan around these promises, and around the moment one of them is not kept.',
    'commitments.timely':
      'Timely: the service health dashboard in the admin center is updated, normally every hour. If the provider changes that rhythm, the dashboard post itself says so.',
    'commitments.targeted':
      'Targeted: the provider works out which customers are affected (from one tenant up to a whole region) and tells them. When it is unclear who is affected, it widens the message to everyone who might be.',
    'commitments.available':
      'Highly available: the same news goes out through several channels, so one channel being down does not leave you without news. The channels are listed below.',
    'provider.intro':
      'The provider reports on incidents through several channels. Note which you use, who watches each, how they are alerted, and the order to try them when the admin center cannot be reached.',
    'provider.used': 'We use this channel',
    'provider.watcher': 'Who watches it',
    'provider.alertMethod': 'How they are alerted',
    'provider.alertHint': 'For example: email rule, push notification, a shift checklist.',
    'provider.address': 'Address or where to find it',
    'provider.notes': 'Notes',
    'provider.fallbackOrder': 'Fallback order when the admin center is down',
    'provider.fallbackHint': '1 = try first. Leave empty if this channel is not a fallback.',
    'provider.insideAdminCenter': 'Lives inside the admin center, so it is not a fallback for it.',
    'provider.fallbackList': 'When the admin center is down, try in this order:',
    'provider.fallbackNone': 'No fallback order set yet.',
    'provider.fallbackRange': 'Enter a whole number from 1 to 99.',

    'channel.service_health_dashboard.name': 'Service health dashboard',
    'channel.service_health_dashboard.explain':
      'The status page for your tenant in the admin center. The provider posts incident news here first, usually every hour.',
    'channel.backup_status_site.name': 'Backup status site',
    'channel.backup_status_site.explain':
      'A separate public web page the provider uses when the admin center or the dashboard itself is unavailable.',
    'channel.public_status_account.name': 'Public status account',
    'channel.public_status_account.explain':
      'The provider’s status account on a social network: it answers reports of problems and posts about dashboard-level events.',
    'channel.admin_mobile_app.name': 'Admin mobile app',
    'channel.admin_mobile_app.explain':
      'Service health and maintenance news on an administrator’s phone, away from the desk.',
    'channel.service_communications_api.name': 'Service communications API',
    'channel.service_communications_api.explain':
      'Live health data you can pull into your own intranet status page, so staff can look there instead of calling the helpdesk.',
    'channel.post_incident_reviews.name': 'Post-incident reviews',
    'channel.post_incident_reviews.explain':
      'For major incidents the provider publishes a written review on the dashboard afterwards.',
    'channel.message_center.name': 'Message center',
    'channel.message_center.explain':
      'Advance notice of changes, new features and planned maintenance, inside the admin center.',

    'internal.heading': 'Internal channels',
    'internal.intro':
      'How you reach staff and the helpdesk. A chat tool that runs on the same provider’s cloud goes down with it.',
    'internal.add': 'Add internal channel',
    'internal.newTitle': 'Add an internal channel',
    'internal.none': 'No internal channels yet.',
    'internal.kind': 'Kind',
    'internal.name': 'Name',
    'internal.purpose': 'Purpose',
    'internal.owner': 'Owner',
    'internal.worksWhenDown': 'Still works when the provider’s service is down?',
    'internal.kind.email': 'Email',
    'internal.kind.chat': 'Chat',
    'internal.kind.sms': 'SMS',
    'internal.kind.phone_tree': 'Phone tree',
    'internal.kind.intranet_status': 'Intranet status page (fed by the service communications API)',
    'internal.kind.other': 'Other',
    'internal.works.yes': 'Yes',
    'internal.works.no': 'No, it depends on the provider',
    'internal.works.unknown': 'Not sure',
    'internal.delete': 'Delete channel',
    'internal.deleted': 'Deleted “{name}”.',
    'internal.actionsFor': 'Actions for {name}',

    'contacts.heading': 'Contacts',
    'contacts.intro':
      'Continuity team and vendor contacts. Verify each contact at least every six months; older entries are flagged.',
    'contacts.add': 'Add contact',
    'contacts.newTitle': 'Add a contact',
    'contacts.none': 'No contacts yet.',
    'contacts.exportCsv': 'Export contacts (CSV)',
    'contacts.kind': 'Kind',
    'contacts.kind.team': 'Continuity team',
    'contacts.kind.vendor': 'Vendor',
    'contacts.name': 'Name',
    'contacts.role': 'Role',
    'contacts.team': 'Team',
    'contacts.priority': 'Primary or alternate',
    'contacts.priority.primary': 'Primary',
    'contacts.priority.alternate': 'Alternate',
    'contacts.officePhone': 'Office phone',
    'contacts.mobilePhone': 'Mobile phone',
    'contacts.email': 'Email',
    'contacts.escalationOrder': 'Escalation order',
    'contacts.escalationHint': '1 = contact first.',
    'contacts.calledBy': 'Called by (call tree)',
    'contacts.calledByNone': 'Nobody: top of the call tree',
    'contacts.lastVerified': 'Last verified',
    'contacts.contractRef': 'Contract or tenant reference',
    'contacts.supportHours': 'Support hours',
    'contacts.availabilityHours': 'Availability hours',
    'contacts.availabilityHint': 'When this person can be reached, e.g. Mon–Fri 08:00–18:00',
    'contacts.timeZone': 'Time zone',
    'contacts.timeZoneHint': 'e.g. Asia/Seoul or Europe/London',
    'contacts.stale': 'Not verified in 6 months',
    'contacts.neverVerified': 'Never verified',
    'contacts.staleCount': '{count} contact(s) need verifying.',
    'contacts.markVerified': 'Mark verified today',
    'contacts.delete': 'Delete contact',
    'contacts.deleted': 'Deleted “{name}”.',
    'contacts.actionsFor': 'Actions for {name}',
    'contacts.edit': 'Details',
    'contacts.orderRange': 'Enter a whole number from 1 to 99.',

    'tree.heading': 'Call tree',
    'tree.intro': 'Who calls whom when the plan is activated, from each contact’s “Called by”.',
    'tree.empty': 'Add contacts to build the call tree.',
    'tree.calls': 'calls',
    'tree.loop': 'These contacts call each other in a loop and nobody reaches them: {names}',

    'csv.fileName': 'contacts',
  },
  {
    heading: '커뮤니케이션',
    intro:
      '장애가 나면 모두가 상황을 알아야 하는데, 평소 쓰던 도구가 장애에 함께 묶여 있을 수 있습니다. 어떤 공급자 채널을 누가 지켜볼지, 소식을 내부에 어떻게 전할지, 누구에게 연락할지 정해 두세요.',
    'view.channels': '채널',
    'view.contacts': '연락처와 비상 연락망',
    'view.label': '커뮤니케이션 구역',

    'readiness.heading': '준비 상태 요약',
    'readiness.allGood': '커뮤니케이션 계획에서 빈틈이 발견되지 않았습니다.',
    'readiness.noDashboardWatcher':
      '서비스 상태 대시보드를 지켜보는 사람이 없습니다. 사용함으로 표시하고 담당자를 지정하세요.',
    'readiness.noFallbackChannel':
      '대체 채널이 없습니다. 관리 센터가 멈추면 대체 순서에 있는 다른 공급자 채널이 없습니다.',
    'readiness.noInternalChannel': '내부 채널이 아직 없습니다. 직원과 헬프데스크에 알리는 방법을 추가하세요.',
    'readiness.allInternalDependOnProvider':
      '모든 내부 채널이 공급자에 의존합니다. 공급자 서비스가 멈추면 직원에게 연락할 수 없습니다.',
    'readiness.cadenceSlowerThanProvider':
      '공급자가 소식을 올리는 주기보다 우리가 확인하는 간격이 길어 소식을 늦게 알 수 있습니다.',

    'cadence.heading': '우리의 확인 주기',
    'cadence.label': '공급자 상태 확인 간격(분)',
    'cadence.hint':
      '참고: 장애 중 공급자는 보통 한 시간(60분)마다 서비스 상태 대시보드를 업데이트하며, 주기가 바뀌면 게시물에서 알립니다.',
    'cadence.range': '5분에서 1440분 사이로 입력하세요.',

    'provider.heading': '공급자 상태 채널',
    'commitments.heading': '인시던트 중 공급자가 약속하는 것',
    'commitments.intro': '이 약속을 전제로 계획하되, 약속 하나가 지켜지지 않는 순간도 대비하세요.',
    'commitments.timely':
      '적시성: 관리 센터의 서비스 상태 대시보드는 보통 한 시간마다 갱신됩니다. 갱신 주기가 바뀌면 대시보드 게시물에서 직접 알립니다.',
    'commitments.targeted':
      '대상 지정: 공급자는 영향을 받는 고객(테넌트 하나부터 지역 전체까지)을 찾아 알립니다. 누가 영향을 받는지 분명하지 않으면 영향을 받을 수 있는 모든 고객으로 알림 범위를 넓힙니다.',
    'commitments.available':
      '높은 가용성: 같은 소식을 여러 채널로 내보내므로 채널 하나가 멈춰도 소식이 끊기지 않습니다. 채널 목록은 아래에 있습니다.',
    'provider.intro':
      '공급자는 여러 채널로 장애 소식을 전합니다. 사용하는 채널, 각 채널 담당자, 알림 방법, 관리 센터에 접속할 수 없을 때 시도할 순서를 적어 두세요.',
    'provider.used': '이 채널을 사용함',
    'provider.watcher': '지켜보는 사람',
    'provider.alertMethod': '알림 받는 방법',
    'provider.alertHint': '예: 메일 규칙, 푸시 알림, 교대 근무 점검표.',
    'provider.address': '주소 또는 찾는 위치',
    'provider.notes': '메모',
    'provider.fallbackOrder': '관리 센터 장애 시 대체 순서',
    'provider.fallbackHint': '1 = 가장 먼저 시도. 대체 채널이 아니면 비워 두세요.',
    'provider.insideAdminCenter': '관리 센터 안에 있으므로 관리 센터의 대체 채널이 될 수 없습니다.',
    'provider.fallbackList': '관리 센터가 멈추면 다음 순서로 시도합니다:',
    'provider.fallbackNone': '대체 순서가 아직 없습니다.',
    'provider.fallbackRange': '1에서 99 사이의 정수를 입력하세요.',

    'channel.service_health_dashboard.name': '서비스 상태 대시보드',
    'channel.service_health_dashboard.explain':
      '관리 센터에 있는 우리 테넌트의 상태 페이지입니다. 공급자는 장애 소식을 여기에 먼저, 보통 한 시간마다 올립니다.',
    'channel.backup_status_site.name': '예비 상태 사이트',
    'channel.backup_status_site.explain':
      '관리 센터나 대시보드 자체를 쓸 수 없을 때 공급자가 사용하는 별도의 공개 웹 페이지입니다.',
    'channel.public_status_account.name': '공개 상태 계정',
    'channel.public_status_account.explain':
      '소셜 네트워크에 있는 공급자의 상태 계정입니다. 문제 신고에 답하고 대시보드 수준의 사건을 알립니다.',
    'channel.admin_mobile_app.name': '관리자 모바일 앱',
    'channel.admin_mobile_app.explain':
      '자리를 비운 관리자도 휴대폰으로 서비스 상태와 유지 관리 소식을 볼 수 있습니다.',
    'channel.service_communications_api.name': '서비스 커뮤니케이션 API',
    'channel.service_communications_api.explain':
      '실시간 상태 데이터를 사내 상태 페이지로 가져올 수 있어, 직원이 헬프데스크에 전화하는 대신 그 페이지를 보면 됩니다.',
    'channel.post_incident_reviews.name': '사후 검토 보고서',
    'channel.post_incident_reviews.explain': '주요 장애가 끝나면 공급자가 대시보드에 서면 검토를 게시합니다.',
    'channel.message_center.name': '메시지 센터',
    'channel.message_center.explain':
      '관리 센터 안에서 변경 사항, 새 기능, 계획된 유지 관리를 미리 알려 줍니다.',

    'internal.heading': '내부 채널',
    'internal.intro':
      '직원과 헬프데스크에 연락하는 방법입니다. 같은 공급자의 클라우드에서 돌아가는 채팅 도구는 함께 멈춥니다.',
    'internal.add': '내부 채널 추가',
    'internal.newTitle': '내부 채널 추가',
    'internal.none': '내부 채널이 아직 없습니다.',
    'internal.kind': '종류',
    'internal.name': '이름',
    'internal.purpose': '용도',
    'internal.owner': '담당자',
    'internal.worksWhenDown': '공급자 서비스가 멈춰도 작동하나요?',
    'internal.kind.email': '이메일',
    'internal.kind.chat': '채팅',
    'internal.kind.sms': '문자 메시지',
    'internal.kind.phone_tree': '전화 연락망',
    'internal.kind.intranet_status': '사내 상태 페이지(서비스 커뮤니케이션 API 연동)',
    'internal.kind.other': '기타',
    'internal.works.yes': '예',
    'internal.works.no': '아니요, 공급자에 의존함',
    'internal.works.unknown': '잘 모름',
    'internal.delete': '채널 삭제',
    'internal.deleted': '“{name}” 채널을 삭제했습니다.',
    'internal.actionsFor': '{name} 작업',

    'contacts.heading': '연락처',
    'contacts.intro':
      '연속성 팀과 공급업체 연락처입니다. 적어도 6개월마다 확인하세요. 오래된 항목은 표시됩니다.',
    'contacts.add': '연락처 추가',
    'contacts.newTitle': '연락처 추가',
    'contacts.none': '연락처가 아직 없습니다.',
    'contacts.exportCsv': '연락처 내보내기(CSV)',
    'contacts.kind': '구분',
    'contacts.kind.team': '연속성 팀',
    'contacts.kind.vendor': '공급업체',
    'contacts.name': '이름',
    'contacts.role': '역할',
    'contacts.team': '팀',
    'contacts.priority': '주 담당 또는 대리',
    'contacts.priority.primary': '주 담당',
    'contacts.priority.alternate': '대리',
    'contacts.officePhone': '사무실 전화',
    'contacts.mobilePhone': '휴대 전화',
    'contacts.email': '이메일',
    'contacts.escalationOrder': '에스컬레이션 순서',
    'contacts.escalationHint': '1 = 가장 먼저 연락.',
    'contacts.calledBy': '연락해 주는 사람(비상 연락망)',
    'contacts.calledByNone': '없음: 연락망의 맨 위',
    'contacts.lastVerified': '최근 확인일',
    'contacts.contractRef': '계약 또는 테넌트 참조 번호',
    'contacts.supportHours': '지원 시간',
    'contacts.availabilityHours': '연락 가능 시간',
    'contacts.availabilityHint': '이 사람에게 연락할 수 있는 시간, 예: 월–금 08:00–18:00',
    'contacts.timeZone': '시간대',
    'contacts.timeZoneHint': '예: Asia/Seoul 또는 Europe/London',
    'contacts.stale': '6개월 넘게 확인 안 됨',
    'contacts.neverVerified': '확인한 적 없음',
    'contacts.staleCount': '확인이 필요한 연락처 {count}개.',
    'contacts.markVerified': '오늘 확인함으로 표시',
    'contacts.delete': '연락처 삭제',
    'contacts.deleted': '“{name}” 연락처를 삭제했습니다.',
    'contacts.actionsFor': '{name} 작업',
    'contacts.edit': '상세 정보',
    'contacts.orderRange': '1에서 99 사이의 정수를 입력하세요.',

    'tree.heading': '비상 연락망',
    'tree.intro': '계획을 가동할 때 누가 누구에게 연락하는지, 각 연락처의 “연락해 주는 사람”으로 만듭니다.',
    'tree.empty': '연락처를 추가하면 비상 연락망이 만들어집니다.',
    'tree.calls': '연락 →',
    'tree.loop': '서로를 순환해서 부르고 있어 아무도 연락하지 않는 연락처: {names}',

    'csv.fileName': '연락처',
  },
);
