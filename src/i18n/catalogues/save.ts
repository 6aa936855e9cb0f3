// The header's save status, and why a save failed.
import { defineCatalogue } from '../define';

export default defineCatalogue(
  {
    saving: 'Saving…',
    saved: 'All changes saved',
    notSaved: 'Not saved',
    retry: 'Retry now',
    invalid: 'a field has a value that cannot be saved; fix the highlighted field.',
    quota:
      'the browser has no storage space left for this site. Your edit is still on screen; export a backup now so nothing is lost.',
    closed: 'the browser closed the database. Retrying…',
    versionChange: 'a newer version of the app is open in another tab. Reload this tab.',
    databaseDeleted:
      'the stored data was deleted in another tab, so this tab stopped saving. Export a backup now to keep what is on screen.',
    unavailable: 'this browser does not allow storage for this site (private mode?).',
    failed: 'the browser refused the write. Retrying…',
    gone: 'this record is no longer stored in this browser (site data cleared?). Your text is still on screen: copy it or export a backup.',
    writeFailed: 'the browser refused the write. Your text is kept; try again.',
    writeClosed: 'the browser closed the database. Your text is kept; try again.',
    draftUnsaved: 'Draft not saved yet',
    draftRestored: 'Your unsaved text from before was restored. Cancel discards it.',
    errorBody:
      'The app hit an unexpected error. Your saved work is still in this browser: export a backup now to be safe, then reload the page.',
  },
  {
    saving: '저장 중…',
    saved: '모든 변경 사항 저장됨',
    notSaved: '저장되지 않음',
    retry: '지금 다시 시도',
    invalid: '저장할 수 없는 값이 있습니다. 표시된 항목을 고치세요.',
    quota: '이 사이트에 쓸 수 있는 브라우저 저장 공간이 없습니다. 지금 백업을 내보내 데이터를 지키세요.',
    closed: '브라우저가 데이터베이스를 닫았습니다. 다시 시도하는 중…',
    versionChange: '다른 탭에 새 버전의 앱이 열려 있습니다. 이 탭을 새로 고치세요.',
    databaseDeleted:
      '다른 탭에서 저장된 데이터가 삭제되어 이 탭은 저장을 멈췄습니다. 화면의 내용을 지키려면 지금 백업을 내보내세요.',
    unavailable: '이 브라우저는 이 사이트의 저장을 허용하지 않습니다(비공개 모드?).',
    failed: '브라우저가 저장을 거부했습니다. 다시 시도하는 중…',
    gone: '이 항목이 더 이상 이 브라우저에 저장되어 있지 않습니다(사이트 데이터 삭제?). 입력한 내용은 화면에 남아 있으니 복사하거나 백업을 내보내세요.',
    writeFailed: '브라우저가 저장을 거부했습니다. 입력한 내용은 남아 있으니 다시 시도하세요.',
    writeClosed: '브라우저가 데이터베이스를 닫았습니다. 입력한 내용은 남아 있으니 다시 시도하세요.',
    draftUnsaved: '초안이 아직 저장되지 않음',
    draftRestored: '저장하지 않은 이전 입력 내용을 복원했습니다. 취소하면 삭제됩니다.',
    errorBody:
      '앱에 예기치 않은 오류가 발생했습니다. 저장된 작업은 이 브라우저에 남아 있습니다. 안전을 위해 지금 백업을 내보낸 뒤 페이지를 새로 고치세요.',
  },
);
