// The provider's post-incident review document, kept with the incident: Graph's incidentReport
// returns a file (not JSON), so its bytes are stored as base64 (plain JSON in backups), capped at
// MAX_REPORT_BYTES, and handed back to the browser as the same file on download.
import { MAX_REPORT_BYTES, type ProviderReport } from '../../domain/provider-health-record';

export type ReadReport = { ok: true; report: ProviderReport } | { ok: false; reason: 'tooLarge' | 'empty' };

export async function readReportFile(file: File): Promise<ReadReport> {
  // Refused from its size before it is read into memory.
  if (file.size > MAX_REPORT_BYTES) return { ok: false, reason: 'tooLarge' };
  if (file.size === 0) return { ok: false, reason: 'empty' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return {
    ok: true,
    report: {
      name: file.name.slice(0, 300) || 'report',
      type: file.type.slice(0, 300),
      size: bytes.length,
      base64: btoa(binary),
    },
  };
}

export function reportBlob(report: ProviderReport): Blob {
  const binary = atob(report.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: report.type || 'application/octet-stream' });
}
