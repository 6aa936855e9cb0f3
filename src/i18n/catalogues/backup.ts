// Backup export and import: the dialog, and every reason a file is refused.
import { defineCatalogue } from '../define';

export default defineCatalogue(
  {
    importTitle: 'Import a backup',
    chooseFile: 'Backup file (.json)',
    reading: 'Checking the file…',
    willAdd: 'Will be added',
    willReplace: 'Already here: choose what to do',
    replace: 'Replace the one here',
    asCopy: 'Import as a copy',
    skip: 'Skip',
    confirmImport: 'Import',
    imported: 'Imported {count} workbook(s).',
    importFailed: 'The import failed and nothing was changed: {detail}',
    refused: 'This file cannot be imported. Nothing was changed.',
    'problem.empty': 'The file is empty.',
    'problem.tooLarge': 'The file is larger than the {limit} limit for backups.',
    'problem.notJson': 'The file is not valid JSON, so it cannot be a backup ({detail}).',
    'problem.internal':
      'The app failed while checking this file ({detail}). The file may be fine. Nothing was changed; reload the page and try again.',
    'problem.truncated': 'The file is cut off: it ends in the middle. Export the backup again.',
    'problem.otherFormat': 'This JSON file is not a Continuity Workbook backup.',
    'problem.newerVersion':
      'This backup was made by a newer version of the app (format {version}). Update the app to import it.',
    'problem.invalid': 'The backup has invalid data at: {paths}.',
    'problem.inconsistent': 'The backup contradicts itself: {detail}.',
    'problem.encrypted': 'This backup is protected with a passphrase. Enter it to continue.',
    'problem.wrongPassphraseOrDamaged':
      'Wrong passphrase, or the file is damaged. Nothing was changed. Check the passphrase and try again, or use another copy of the backup.',
    passphrase: 'Passphrase',
    unlock: 'Unlock backup',
    repaired:
      '{dropped} record(s) that belonged to deleted items will be left out, and {cleared} link(s) to missing items will be cleared.',
    tooLargeFile: 'The file is {size}; backups larger than {limit} are refused before reading.',
    exportProtectedTitle: 'Protect the backup with a passphrase',
    exportProtectedHint:
      'Anyone with the file and the passphrase can read the plan. There is no way to recover a forgotten passphrase: keep it somewhere safe, apart from the file.',
    passphraseRepeat: 'Repeat the passphrase',
    passphraseTooShort: 'Use at least 8 characters.',
    passphraseMismatch: 'The two passphrases differ.',
    encrypting: 'Protecting the backup…',
    exportProtectedSubmit: 'Export protected backup',
    exportDone: 'Backup saved as {file}.',
    exportFailed: 'The backup could not be made ({detail}). Nothing was changed; try again.',
    exportMissing:
      'Backup saved as {file}, but without {count} unsaved change(s) whose value is not valid. Fix the fields marked in red, then export again; the backup reminder stays on until then.',
    workbookCount: '{count} workbook(s) in this file, exported {date}.',
    newIds:
      '{count} record(s) get new ids because another workbook here already uses their ids (or the ids cannot be used in a link). Nothing here is overwritten.',
    deletedInFile: 'Deleted in the file: not imported',
  },
  {
    importTitle: '백업 가져오기',
    chooseFile: '백업 파일(.json)',
    reading: '파일을 확인하는 중…',
    willAdd: '새로 추가됨',
    willReplace: '이미 있는 워크북: 처리 방법을 고르세요',
    replace: '기존 워크북 교체',
    asCopy: '사본으로 가져오기',
    skip: '건너뛰기',
    confirmImport: '가져오기',
    imported: '워크북 {count}개를 가져왔습니다.',
    importFailed: '가져오기에 실패했으며 아무것도 바뀌지 않았습니다: {detail}',
    refused: '이 파일은 가져올 수 없습니다. 아무것도 바뀌지 않았습니다.',
    'problem.empty': '파일이 비어 있습니다.',
    'problem.tooLarge': '백업 파일 한도({limit})보다 큽니다.',
    'problem.notJson': '올바른 JSON 파일이 아니므로 백업일 수 없습니다({detail}).',
    'problem.internal':
      '이 파일을 확인하는 중 앱에서 오류가 났습니다({detail}). 파일은 정상일 수 있습니다. 아무것도 바뀌지 않았습니다. 페이지를 새로 고친 뒤 다시 시도하세요.',
    'problem.truncated': '파일이 중간에 잘려 있습니다. 백업을 다시 내보내세요.',
    'problem.otherFormat': '연속성 워크북 백업이 아닌 JSON 파일입니다.',
    'problem.newerVersion':
      '더 새로운 버전의 앱(형식 {version})으로 만든 백업입니다. 앱을 업데이트한 뒤 가져오세요.',
    'problem.invalid': '백업의 다음 위치에 잘못된 데이터가 있습니다: {paths}.',
    'problem.inconsistent': '백업 내용이 서로 맞지 않습니다: {detail}.',
    'problem.encrypted': '암호로 보호된 백업입니다. 계속하려면 암호를 입력하세요.',
    'problem.wrongPassphraseOrDamaged':
      '암호가 틀렸거나 파일이 손상되었습니다. 아무것도 바뀌지 않았습니다. 암호를 확인하고 다시 시도하거나 다른 백업 사본을 사용하세요.',
    passphrase: '암호',
    unlock: '백업 열기',
    repaired:
      '삭제된 항목에 속한 기록 {dropped}개는 제외되고, 없는 항목을 가리키는 연결 {cleared}개는 비워집니다.',
    tooLargeFile: '파일 크기가 {size}입니다. {limit}보다 큰 백업은 읽기 전에 거부됩니다.',
    exportProtectedTitle: '백업을 암호로 보호',
    exportProtectedHint:
      '파일과 암호를 가진 사람은 누구나 계획을 읽을 수 있습니다. 잊어버린 암호는 되찾을 방법이 없으니 파일과 떨어진 안전한 곳에 보관하세요.',
    passphraseRepeat: '암호 다시 입력',
    passphraseTooShort: '8자 이상 입력하세요.',
    passphraseMismatch: '두 암호가 서로 다릅니다.',
    encrypting: '백업을 보호하는 중…',
    exportProtectedSubmit: '보호된 백업 내보내기',
    exportDone: '{file}(으)로 백업을 저장했습니다.',
    exportFailed: '백업을 만들 수 없습니다({detail}). 바뀐 것은 없으니 다시 시도하세요.',
    exportMissing:
      '{file}(으)로 백업을 저장했지만, 값이 올바르지 않은 저장되지 않은 변경 {count}건은 빠졌습니다. 빨간색으로 표시된 칸을 고친 뒤 다시 내보내세요. 그때까지 백업 알림은 계속됩니다.',
    workbookCount: '이 파일에 워크북 {count}개, {date} 내보냄.',
    newIds:
      '이 브라우저의 다른 워크북이 이미 같은 ID를 쓰고 있어(또는 링크에 쓸 수 없는 ID라서) 기록 {count}개에 새 ID를 부여합니다. 여기 있는 것은 덮어쓰지 않습니다.',
    deletedInFile: '파일에서 삭제된 워크북: 가져오지 않음',
  },
);
