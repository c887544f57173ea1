// Content-Security-Policy reading for the tests: directives, and whether an inline
// script or style would be allowed by its hash.
import { createHash } from 'node:crypto';

export type Csp = Map<string, string[]>;

export function parseCsp(policy: string): Csp {
  const csp: Csp = new Map();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name && !csp.has(name.toLowerCase())) csp.set(name.toLowerCase(), values);
  }
  return csp;
}

/** The sources that govern `<script>` elements (script-src-elem → script-src → default-src). */
export function scriptSources(csp: Csp): string[] | undefined {
  return csp.get('script-src-elem') ?? csp.get('script-src') ?? csp.get('default-src');
}

export function styleSources(csp: Csp): string[] | undefined {
  return csp.get('style-src-elem') ?? csp.get('style-src') ?? csp.get('default-src');
}

/** True when `sources` list the sha256, sha384 or sha512 of `content`. */
export function allowsByHash(sources: readonly string[], content: string): boolean {
  return (['sha256', 'sha384', 'sha512'] as const).some((algorithm) =>
    sources.includes(`'${algorithm}-${createHash(algorithm).update(content, 'utf8').digest('base64')}'`),
  );
}

/** Script types a browser executes (JSON-LD and other data blocks are not). */
export function isExecutableScriptType(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}
