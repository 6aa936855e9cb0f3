// A connection address as the log may show it: the password replaced by ***, so a database or
// Redis URL given with its password never reaches the log.
export function redactedUrl(url: string, kind: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return `(a ${kind} connection string)`;
  }
}
