// Opened from disk (file:), a link to a folder shows the folder's listing, not its
// page: the browser does not serve index.html there as a CDN does. So only under
// file: are folder links pointed at their index.html; online the clean URLs stay.

/** `../01/` → `../01/index.html`, `./?q=x` → `./index.html?q=x`; file links and fragments unchanged. */
export function fileHref(href: string): string {
  const cut = href.search(/[?#]/u);
  const path = cut < 0 ? href : href.slice(0, cut);
  if (path === '' || !(path.endsWith('/') || path === '.' || path === '..')) return href;
  if (/^[a-z][a-z\d+.-]*:/iu.test(path) && !path.toLowerCase().startsWith('file:')) return href;
  return `${path.endsWith('/') ? path : `${path}/`}index.html${cut < 0 ? '' : href.slice(cut)}`;
}

/** Points every folder link and form of `root` at its index.html; call only under file:. */
export function useIndexFiles(root: ParentNode): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) a.setAttribute('href', fileHref(a.getAttribute('href')!));
  for (const form of root.querySelectorAll<HTMLFormElement>('form[action]')) form.setAttribute('action', fileHref(form.getAttribute('action')!));
}
