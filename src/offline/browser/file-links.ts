// Opened from disk (file:), a folder link shows the folder's listing, not its page:
// the browser does not serve index.html there as a CDN does. So only under file: are
// folder links pointed at their index.html (fileHref); online the clean URLs stay.
import { fileHref } from '#src/site/paths.ts';

/** Points every folder link and form of `root` at its index.html; call only under file:. */
export function useIndexFiles(root: ParentNode): void {
  for (const a of root.querySelectorAll<HTMLAnchorElement>('a[href]')) a.setAttribute('href', fileHref(a.getAttribute('href')!));
  for (const form of root.querySelectorAll<HTMLFormElement>('form[action]')) form.setAttribute('action', fileHref(form.getAttribute('action')!));
}
