// Previous / next in a list: articles in an edition, pages in an edition,
// months in the archive.

export interface Neighbours<T> {
  prev?: T | undefined;
  next?: T | undefined;
}

/** The items before and after the first item that `is` matches; none at the ends. */
export function neighbours<T>(list: readonly T[], is: (item: T) => boolean): Neighbours<T> {
  const i = list.findIndex(is);
  if (i === -1) return {};
  return { prev: list[i - 1], next: list[i + 1] };
}
