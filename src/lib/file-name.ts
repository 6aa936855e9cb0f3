// A workbook title made safe as a file name (backups and the plan PDF).

/** Drops characters file systems refuse, joins words with dashes, keeps 80 characters. */
export function safeFileName(title: string) {
  const cleaned = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return cleaned || 'workbook';
}
