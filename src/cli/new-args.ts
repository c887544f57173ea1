// Arguments of `npm run new`, checked before anything is read or written, with
// messages in Chinese and English (journalists type these by hand).
import { parseArgs } from 'node:util';
import { isIsoDate } from '#src/content/date.ts';

export interface NewOptions {
  date: string;
  page: number;
  title?: string;
  pageName?: string;
  out: string;
}

export const NEW_USAGE =
  '用法 / usage: npm run new -- --date YYYY-MM-DD --page N [--title 主题] [--page-name 版名] [--out content/editions]';

export class NewUsageError extends Error {}

export function parseNewArgs(argv: readonly string[]): NewOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        date: { type: 'string' },
        page: { type: 'string' },
        title: { type: 'string' },
        'page-name': { type: 'string' },
        out: { type: 'string', default: 'content/editions' },
      },
    }));
  } catch (err) {
    throw new NewUsageError(`${(err as Error).message}\n${NEW_USAGE}`);
  }
  const date = values.date ?? '';
  if (!isIsoDate(date)) {
    throw new NewUsageError(
      `--date "${date}" 不是日期，请写成年-月-日，如 --date 2026-04-02 / ` +
        `--date "${date}" is not a calendar date; write it YYYY-MM-DD, e.g. --date 2026-04-02\n${NEW_USAGE}`,
    );
  }
  const page = values.page ?? '';
  if (!/^[1-9]\d{0,2}$/.test(page)) {
    throw new NewUsageError(
      `--page "${page}" 不是版次，请写从 1 开始的整数，如 --page 2 / ` +
        `--page "${page}" is not a page number; give the 版次 as a whole number from 1, e.g. --page 2\n${NEW_USAGE}`,
    );
  }
  const title = values.title?.trim();
  if (title === '') throw new NewUsageError(`--title 是空的：写主题，或不写 --title / --title is empty: give the headline or leave it out\n${NEW_USAGE}`);
  const pageName = values['page-name']?.trim();
  if (pageName === '') throw new NewUsageError(`--page-name 是空的，如 --page-name 要闻 / --page-name is empty, e.g. --page-name 要闻\n${NEW_USAGE}`);
  return {
    date,
    page: Number(page),
    ...(title ? { title } : {}),
    ...(pageName ? { pageName } : {}),
    out: values.out,
  };
}
