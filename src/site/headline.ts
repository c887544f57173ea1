// A printed two-line headline keeps one ASCII space between its lines (see the
// article format). The site shows each line on a line of its own where there is
// room. A space between Latin words (`5G AR`) is a word space, not a line break.

/** The lines of a headline: split at spaces that have CJK text on both sides. */
export function headlineLines(title: string): string[] {
  return title
    .split(/(?<=[^\x00-\x7F]) (?=[^\x00-\x7F])/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
