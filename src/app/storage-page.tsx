// The storage panel with "restore from backup": composes the storage feature with the workbooks
// feature's import dialog (features do not import each other).
import { useState } from 'react';
import { StoragePanel } from '../features/storage/storage-panel';
import { ImportBackupDialog } from '../features/workbooks/import-backup-dialog';

export default function StoragePage() {
  const [importing, setImporting] = useState(false);
  return (
    <>
      <StoragePanel onRestore={() => setImporting(true)} />
      <ImportBackupDialog open={importing} onClose={() => setImporting(false)} />
    </>
  );
}
