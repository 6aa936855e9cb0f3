// The provider's post-incident review document: stored as base64 with its name, type and size,
// refused above the size cap or when empty, and handed back byte for byte.
import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, providerReportSchema } from '../../src/domain/provider-health-record';
import { readReportFile, reportBlob } from '../../src/features/incidents/report-file';

describe('the review document file', () => {
  it('keeps every byte (all 256 values, more than one 32 KB slice)', async () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const read = await readReportFile(new File([bytes], 'PIR EX226792.pdf', { type: 'application/pdf' }));
    if (!read.ok) throw new Error(read.reason);
    expect(read.report).toMatchObject({ name: 'PIR EX226792.pdf', type: 'application/pdf', size: 100_000 });
    const back = new Uint8Array(await reportBlob(read.report).arrayBuffer());
    expect(back).toEqual(bytes);
    expect(reportBlob(read.report).type).toBe('application/pdf');
  });

  it('refuses a file over the cap and an empty file', async () => {
    const big = new File([new Uint8Array(MAX_REPORT_BYTES + 1)], 'big.pdf');
    expect(await readReportFile(big)).toEqual({ ok: false, reason: 'tooLarge' });
    expect(await readReportFile(new File([], 'empty.pdf'))).toEqual({ ok: false, reason: 'empty' });
  });

  it('accepts a file of exactly the cap', async () => {
    const read = await readReportFile(new File([new Uint8Array(MAX_REPORT_BYTES)], 'max.pdf'));
    expect(read.ok && read.report.size).toBe(MAX_REPORT_BYTES);
    // ...and the stored record accepts it.
    expect(read.ok && providerReportSchema.safeParse(read.report).success).toBe(true);
  });
});
