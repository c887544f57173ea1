// How a static host maps URLs to the files of a built site (Astro `build.format:
// 'directory'`): `/a/b/` is `a/b/index.html`, `/404.html` is itself.

/** The URL path a file is served at: `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
export function urlPathForFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * The file that serves a URL path, or undefined. A path without a trailing slash
 * also finds `path/index.html` (hosts redirect it) and `path.html`.
 */
export function fileForUrlPath(path: string, files: ReadonlySet<string>): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const rel = decoded.replace(/^\/+/, '');
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  return candidates.find((candidate) => files.has(candidate));
}
