// Zod issues turned into problems a journalist can act on: the English line is the
// build's own (explainIssue), the Chinese line says the same from the same facts.
import type { z } from 'astro/zod';
import { ArticleSchema } from './article.ts';
import { EditionSchema } from './edition.ts';
import { explainIssue, issueFacts, type FieldIssue } from './explain.ts';
import { chineseHelp, chineseNames, knownFields, type FieldHelp } from './fields.ts';
import { nearestName } from './nearest.ts';
import type { Problem } from './problem.ts';

/** What to write in each article field, in Chinese (from the schema, src/content/article.ts). */
export const ARTICLE_HELP_ZH: FieldHelp = chineseHelp(ArticleSchema);
/** The same for edition.yaml. */
export const EDITION_HELP_ZH: FieldHelp = chineseHelp(EditionSchema);
/** 字段的中文名, by the last key of a path (`photos[0].alt` → `alt`). */
export const FIELD_NAMES_ZH = chineseNames(ArticleSchema, EditionSchema);

/** `photos[0].alt` → `图片替代文字（photos[0].alt）`. */
export function fieldLabelZh(field: string): string {
  const last = /([A-Za-z]+)$/.exec(field)?.[1] ?? field;
  const zh = FIELD_NAMES_ZH[last];
  return zh ? `${zh}（${field}）` : field;
}

/** The zod 4 issue fields read here besides FieldIssue's. */
export type RawIssue = FieldIssue & { origin?: string; minimum?: number | bigint };

const EXPECTED_ZH: Readonly<Record<string, string>> = {
  number: '数字',
  int: '整数',
  string: '文字',
  boolean: 'true 或 false',
  array: '列表',
  object: '一组字段',
  date: '日期',
};

/** What a value is, in Chinese: 文字“一”, 数字 5. */
export function describeZh(value: unknown): string {
  if (value === undefined || value === null) return '空';
  if (typeof value === 'string') return `文字“${value}”`;
  if (typeof value === 'number') return `数字 ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `日期 ${value.toISOString().slice(0, 10)}`;
  return `${Array.isArray(value) ? '列表' : '一组字段'} ${JSON.stringify(value)}`;
}

/** The Chinese for a rule (not a type) the value broke. */
function ruleZh(issue: RawIssue): string {
  const last = String(issue.path.at(-1) ?? '');
  if (issue.code === 'too_small' && issue.origin === 'string') return '不能为空';
  if (issue.code === 'too_small' && issue.origin === 'array') return '至少要有一项';
  if (issue.code === 'too_small') return `应不小于 ${String(issue.minimum)}`;
  if (last === 'continuedOn' || last === 'continuedFrom') return '不能是本文自己的版次（page）';
  if (last === 'pages') return '同一个版次只能出现一次';
  if (last === 'date' || issue.message.includes('YYYY-MM-DD')) return '应写成年-月-日，如 2026-04-02';
  return `不符合要求（${issue.message}）`;
}

export interface SchemaContext {
  file: string;
  data: unknown;
  help: FieldHelp;
  helpZh: FieldHelp;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** 不认识的字段: the Chinese for one unknown key, with its likely spelling. */
function unknownZh(key: string, known: readonly string[]): string {
  const guess = nearestName(key, known);
  return `不认识的字段“${key}”${guess ? `，是不是想写 ${guess}` : ''}；改法：${guess ? `改成 \`${guess}\`，或` : ''}删去这一行。能用的字段：${known.join('、')}`;
}

/**
 * The Chinese sentence for one issue: what is wrong; how to fix. The build shows it
 * under its English line (src/content/loader.ts), the check beside its line number.
 */
export function issueZh(issue: RawIssue, data: unknown, help: FieldHelp, helpZh: FieldHelp): string {
  const facts = issueFacts(issue, data);
  if (facts.kind === 'unknown') return facts.keys.map((key) => unknownZh(key, knownFields(help))).join('\n');
  const top = String(issue.path[0] ?? '');
  // A nested field (`photos[0].alt`) has help of its own (`photos.alt`) where one is written.
  const own = helpZh[`${top}.${String(issue.path.at(-1) ?? '')}`] ?? helpZh[top];
  const fix = own ? `改法：${own}` : '改法：照写稿指南改正';
  const label = fieldLabelZh(facts.field);
  const what =
    facts.kind === 'missing'
      ? `缺少${label}，应为${EXPECTED_ZH[facts.expected ?? ''] ?? '一个值'}`
      : facts.kind === 'type'
        ? `${label}应为${EXPECTED_ZH[facts.expected ?? ''] ?? facts.expected ?? '别的值'}，这里是${describeZh(facts.input)}`
        : issue.code === 'custom' && issue.path.at(-1) === 'alt'
          ? `这张图有图片文件（src），缺少${label}`
          : `${label}${ruleZh(issue)}${facts.input === undefined ? '' : `，这里是${describeZh(facts.input)}`}`;
  return `${what}；${fix}`;
}

/** One problem per issue, and one per unknown key (each on its own line, with a likely spelling). */
export function issueProblems(issues: readonly RawIssue[], ctx: SchemaContext): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const facts = issueFacts(issue, ctx.data);
    if (facts.kind === 'unknown') {
      for (const key of facts.keys) {
        const guess = nearestName(key, knownFields(ctx.help));
        const en = explainIssue({ ...issue, keys: [key] }, ctx.help, ctx.data);
        problems.push({
          file: ctx.file,
          line: ctx.lineOf([...issue.path, key]),
          field: [...issue.path.map(String), key].join('.'),
          zh: unknownZh(key, knownFields(ctx.help)),
          en: guess ? en.replace('unknown field.', `unknown field; did you mean \`${guess}\`?`) : en,
        });
      }
      continue;
    }
    problems.push({
      file: ctx.file,
      line: ctx.lineOf(issue.path),
      field: facts.field,
      zh: issueZh(issue, ctx.data, ctx.help, ctx.helpZh),
      en: explainIssue(issue, ctx.help, ctx.data),
    });
  }
  return problems;
}

/** Validates `data` against `schema`; the parsed value when it passes. */
export function validate<S extends z.ZodType>(
  schema: S,
  ctx: SchemaContext,
): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(ctx.data);
  if (result.success) return { value: result.data, problems: [] };
  return { problems: issueProblems(result.error.issues as unknown as RawIssue[], ctx) };
}
