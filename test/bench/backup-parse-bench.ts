// Longest freeze while a refused backup is checked: the longest stretch of work between two pauses
// of parseBackupInSlices (the import dialog's parser), for the files of issue #10. Budget 100 ms.
// The first slice holds JSON.parse of the whole text, printed apart: the record checks after it
// are sliced; JSON.parse itself is one call the page cannot split.
// Run: npx tsx test/bench/backup-parse-bench.ts
import { performance } from 'node:perf_hooks';
import { parseBackupInSlices } from '../../src/db/backup';
import { invalidEverywhere, validThenOneBad } from '../unit/helpers/big-backup';

export async function longestParseSlice(text: string) {
  let longest = 0;
  let last = performance.now();
  const started = last;
  const result = await parseBackupInSlices(text, async () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    await new Promise((resolve) => setTimeout(resolve, 0));
    last = performance.now();
  });
  longest = Math.max(longest, performance.now() - last);
  return { longest, total: performance.now() - started, code: result.ok ? 'accepted' : result.problem.code };
}

const files = {
  '13 tables × 20,000 invalid records': invalidEverywhere(20_000),
  '20,000 valid records, the last one invalid': validThenOneBad(19_999),
};
for (const [name, text] of Object.entries(files)) {
  // Three runs: the first includes warming up (as on a page's first import), the others not.
  for (let run = 1; run <= 3; run++) {
    const t0 = performance.now();
    JSON.parse(text);
    const jsonParse = performance.now() - t0;
    const { longest, total, code } = await longestParseSlice(text);
    console.log(
      `run ${run}: ` +
        `${name} (${(text.length / 1024 / 1024).toFixed(1)} MB): ${code}; longest slice ${longest.toFixed(1)} ms (JSON.parse alone ${jsonParse.toFixed(1)} ms), total ${total.toFixed(0)} ms`,
    );
  }
}
