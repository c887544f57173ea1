// The `_headers` file that Netlify and Cloudflare Pages read: a URL pattern on its
// own line, then indented `Name: value` lines. Parsed here so the tests can check
// what it promises and the local server can send the same headers a CDN would.

export type HeaderRule = { pattern: string; headers: [name: string, value: string][] };

/** Parses a `_headers` file; throws on a line it cannot read (with its line number). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const current = rules.at(-1);
    const m = /^\s+([A-Za-z0-9-]+)\s*:\s*(.*)$/.exec(line);
    if (!current || !m) throw new Error(`_headers:${index + 1}: expected "  Name: value" under a URL pattern, got "${line}"`);
    current.headers.push([m[1]!, m[2]!.trim()]);
  });
  return rules;
}

/** True when a `_headers` pattern (`/*`, `/path/*`, `/exact`) covers `path`. */
export function patternMatches(pattern: string, path: string): boolean {
  if (pattern.endsWith('*')) return path.startsWith(pattern.slice(0, -1));
  return pattern === path;
}

/** The headers that apply to `path`, later rules adding to earlier ones, names lower-cased. */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = result.get(key);
      result.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return result;
}
