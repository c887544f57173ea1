/** Seconds since the previous call (or since it was made): the build steps' reports of where their time went. */
export function stopwatch(): () => number {
  let last = Date.now();
  return () => {
    const now = Date.now();
    const seconds = (now - last) / 1000;
    last = now;
    return seconds;
  };
}
