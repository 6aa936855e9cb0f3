// A test that needs a program from Debian (PostgreSQL, Redis) skips, saying why, when it is missing
// on a developer's machine; in CI (CI=true, where .ci/run installs it) a missing program fails the
// test instead, so a broken install cannot pass as a skip.
export function missingTool(name: string, reason: string, skip: (note: string) => void): never | void {
  if (process.env.CI === 'true') throw new Error(`${name}: ${reason} (required when CI=true)`);
  console.log(`${name}: skipped: ${reason}`);
  skip(reason);
}
