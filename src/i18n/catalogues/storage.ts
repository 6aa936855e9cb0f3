// Storage health: banners, the screens shown when the data cannot be opened, and the storage panel.
import { defineCatalogue } from '../define';

export default defineCatalogue(
  {
    memoryTitle: 'Your work is not being kept',
    memoryBody:
      'This browser does not let the app store data (private browsing, or storage turned off). You can work normally, but everything is lost when you close this tab. Export a backup before you leave.',
    quotaTitle: 'The browser has no storage space left',
    quotaBody:
      'Your last change is still on screen but could not be saved. Export a backup now, then free some space (or delete old workbooks) and the app will save again.',
    exportNow: 'Export a backup now',
    exportFailed: 'The backup could not be made ({detail}). Try again, or copy your text somewhere safe.',
    blockedTitle: 'Close the other tab of this app',
    blockedBody:
      'An older version of the app is open in another tab and holds your data. This tab will start as soon as you close that tab (or reload it).',
    stoppedTitle: 'A newer version was opened in another tab',
    stoppedBody:
      'This tab saved its work and stopped saving, so the two versions do not overwrite each other. Reload to continue with the newer version.',
    reload: 'Reload',
    deletedTitle: 'The data of this app was deleted in another tab',
    deletedBody:
      'Another tab (or clearing the site data) deleted the workbooks stored in this browser, so this tab stopped saving: nothing you change here is kept. Reload to start again, then import a backup if you have one.',
    newerTitle: 'Your data was saved by a newer version of the app',
    newerBody:
      'This browser holds workbooks from a newer version of Continuity Workbook (data format {version}) than the one now running (format {current}). Nothing has been changed or deleted. Reload to get the newer version; if this keeps happening, clear the site cache or ask whoever hosts the app.',
    upgradeFailedTitle: 'Your data could not be opened',
    upgradeFailedBody:
      'Updating your stored workbooks to this version of the app failed, so they were left exactly as they were. Nothing was deleted. Reload to try again.',
    technicalDetail: 'Technical detail: {detail}',
    reminderTitle: 'Time for a backup',
    reminderDays: 'No backup has been exported for {days} days.',
    reminderNever: 'You have not exported a backup yet.',
    reminderEdits: '{count} changes since the last backup.',
    reminderLater: 'Remind me in 3 days',
    panelTitle: 'Storage and backups',
    panelIntro:
      'Your workbooks live only in this browser. A backup file is the only copy that survives clearing site data, a lost laptop or a broken browser.',
    persisted: 'Kept until you delete it',
    notPersisted: 'The browser may clear it when space runs low',
    persistUnknown: 'Unknown (this browser does not say)',
    persistence: 'Protection from automatic clearing',
    askPersist: 'Ask the browser to keep the data',
    persistRefused: 'The browser did not grant it. Regular backups are the safeguard.',
    usage: 'Space used',
    usageValue: '{used} of about {quota} available to this site',
    lastBackup: 'Last backup exported',
    never: 'Never',
    editsSince: 'Changes since then',
    restore: 'Restore from a backup',
    restoreHint: 'New here, or on a new computer? Bring your workbooks back from a backup file.',
    storageLink: 'Storage',
    mode: 'Storage',
    modeOk: 'Saved in this browser',
    modeMemory: 'Not kept: this session only',
  },
  {
    memoryTitle: '작업 내용이 저장되지 않고 있습니다',
    memoryBody:
      '이 브라우저는 앱의 데이터 저장을 허용하지 않습니다(비공개 모드 또는 저장소 꺼짐). 평소처럼 작업할 수는 있지만 이 탭을 닫으면 모두 사라집니다. 떠나기 전에 백업을 내보내세요.',
    quotaTitle: '브라우저 저장 공간이 가득 찼습니다',
    quotaBody:
      '마지막 변경 내용은 화면에 남아 있지만 저장하지 못했습니다. 지금 백업을 내보낸 뒤 공간을 확보하면(오래된 워크북 삭제 등) 앱이 다시 저장합니다.',
    exportNow: '지금 백업 내보내기',
    exportFailed: '백업을 만들 수 없습니다({detail}). 다시 시도하거나 입력한 내용을 안전한 곳에 복사하세요.',
    blockedTitle: '이 앱의 다른 탭을 닫으세요',
    blockedBody:
      '다른 탭에 열린 이전 버전의 앱이 데이터를 붙잡고 있습니다. 그 탭을 닫거나 새로 고치면 이 탭이 바로 시작됩니다.',
    stoppedTitle: '다른 탭에서 새 버전이 열렸습니다',
    stoppedBody:
      '두 버전이 서로 덮어쓰지 않도록 이 탭은 작업 내용을 저장한 뒤 저장을 멈췄습니다. 새 버전으로 계속하려면 새로 고치세요.',
    reload: '새로 고침',
    deletedTitle: '다른 탭에서 이 앱의 데이터가 삭제되었습니다',
    deletedBody:
      '다른 탭(또는 사이트 데이터 삭제)에서 이 브라우저에 저장된 워크북을 삭제하여 이 탭은 저장을 멈췄습니다. 여기서 바꾸는 내용은 저장되지 않습니다. 새로 고쳐 다시 시작한 뒤, 백업이 있으면 가져오세요.',
    newerTitle: '더 새로운 버전의 앱이 저장한 데이터입니다',
    newerBody:
      '이 브라우저에는 지금 실행 중인 버전(형식 {current})보다 새로운 버전의 연속성 워크북(데이터 형식 {version})이 저장한 워크북이 있습니다. 아무것도 바뀌거나 삭제되지 않았습니다. 새로 고쳐 최신 버전을 받으세요. 계속 이러면 사이트 캐시를 지우거나 앱을 호스팅하는 담당자에게 문의하세요.',
    upgradeFailedTitle: '데이터를 열 수 없습니다',
    upgradeFailedBody:
      '저장된 워크북을 이 버전에 맞게 갱신하지 못해 원래 상태 그대로 두었습니다. 아무것도 삭제되지 않았습니다. 새로 고쳐 다시 시도하세요.',
    technicalDetail: '기술 정보: {detail}',
    reminderTitle: '백업할 때가 되었습니다',
    reminderDays: '{days}일 동안 백업을 내보내지 않았습니다.',
    reminderNever: '아직 백업을 내보낸 적이 없습니다.',
    reminderEdits: '마지막 백업 이후 변경 {count}건.',
    reminderLater: '3일 뒤에 다시 알림',
    panelTitle: '저장소와 백업',
    panelIntro:
      '워크북은 이 브라우저에만 저장됩니다. 사이트 데이터 삭제, 노트북 분실, 브라우저 고장에도 남는 사본은 백업 파일뿐입니다.',
    persisted: '직접 지울 때까지 보관됨',
    notPersisted: '공간이 부족하면 브라우저가 지울 수 있음',
    persistUnknown: '알 수 없음(브라우저가 알려 주지 않음)',
    persistence: '자동 삭제 방지',
    askPersist: '데이터 보관을 브라우저에 요청',
    persistRefused: '브라우저가 허용하지 않았습니다. 정기적인 백업이 안전장치입니다.',
    usage: '사용 중인 공간',
    usageValue: '이 사이트에 허용된 약 {quota} 중 {used}',
    lastBackup: '마지막 백업 내보낸 때',
    never: '없음',
    editsSince: '그 이후 변경',
    restore: '백업에서 복원',
    restoreHint: '처음이거나 새 컴퓨터인가요? 백업 파일에서 워크북을 되살리세요.',
    storageLink: '저장소',
    mode: '저장 상태',
    modeOk: '이 브라우저에 저장됨',
    modeMemory: '저장 안 됨: 이번 세션만',
  },
);
