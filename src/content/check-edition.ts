// Checks across one edition folder: the build's own cross-file findings
// (src/content/findings.ts: duplicates, date ≠ folder), jumps that lead nowhere,
// and an edition.yaml that disagrees with its articles.
import { articleFindings, findingMessage, type ArticleFinding, findingZh } from './findings.ts';
import { EDITION_HELP } from './explain.ts';
import { isIsoDate } from './date.ts';
import { EditionSchema, type Edition } from './edition.ts';
import type { Article } from './article.ts';
import type { CheckedArticle } from './check-article.ts';
import type { Problem } from './problem.ts';
import { validate, EDITION_HELP_ZH } from './explain-zh.ts';
import { readYaml } from './frontmatter.ts';
import { editionYamlProblems } from './frontmatter-problems.ts';
import { EDITION_FILE } from './defaults.ts';
import { brokenImage, type PhotoFile } from './photos.ts';

type Valid = CheckedArticle & { article: Article };

function findingProblem(finding: ArticleFinding, byFile: Map<string, Valid>): Problem {
  const en = findingMessage(finding);
  const zh = findingZh(finding);
  switch (finding.kind) {
    case 'date-folder': {
      const { filePath } = finding.entry;
      return { file: filePath, line: byFile.get(filePath)?.source.lineOf(['date']) ?? 1, field: 'date', zh, en: en.slice(`${filePath}: `.length) };
    }
    case 'duplicate': {
      const { first, second } = finding;
      return { file: second.filePath, line: byFile.get(second.filePath)?.source.lineOf(['order']) ?? 1, field: 'order', also: [first.filePath], zh, en };
    }
    case 'future': {
      const { filePath } = finding.entry;
      return { file: filePath, line: byFile.get(filePath)?.source.lineOf(['date']) ?? 1, field: 'date', zh, en: en.slice(`${filePath}: `.length) };
    }
    default: {
      const never: never = finding;
      return never;
    }
  }
}

/** 下转/上接 pairs: page N must hold the other half, unless page N is not in the edition at all (yet). */
function jumpProblems(valid: readonly Valid[], pagesInEdition: ReadonlySet<number>): Problem[] {
  const published = valid.filter((v) => v.article.draft !== true);
  const problems: Problem[] = [];
  for (const v of published) {
    const { page } = v.article;
    for (const [field, back, zhWord, zhBack] of [
      ['continuedOn', 'continuedFrom', '下转', '上接'],
      ['continuedFrom', 'continuedOn', '上接', '下转'],
    ] as const) {
      const target = v.article[field];
      if (target === undefined) continue;
      const onTarget = published.filter((o) => o.article.page === target);
      if (onTarget.some((o) => o.article[back] === page)) continue;
      const present = onTarget.length > 0 || pagesInEdition.has(target);
      problems.push({
        file: v.file,
        line: v.source.lineOf([field]),
        field,
        ...(present ? {} : { note: true as const }),
        // Staging a part on page N alone must still show that its other half is missing.
        also: onTarget.map((o) => o.file),
        zh: present
          ? `${zhWord}第${target}版，但第${target}版没有写 \`${back}: ${page}\` 的文章；改法：在第${target}版接续的那篇写 \`${back}: ${page}\`（${zhBack}第${page}版），或改正这里的版次`
          : `${zhWord}第${target}版，但本期还没有第${target}版；第${target}版入库后，那篇要写 \`${back}: ${page}\``,
        en: present
          ? `\`${field}\` is ${target} but no article on page ${target} has \`${back}: ${page}\`. Fix: write \`${back}: ${page}\` in the part on page ${target}, or correct the page number here.`
          : `\`${field}\` is ${target} but page ${target} is not in this edition yet; once it is, its part must have \`${back}: ${page}\`.`,
      });
    }
  }
  return problems;
}

export interface EditionFolder {
  /** Folder from the project root, e.g. content/editions/2026-04-02. */
  dir: string;
  /** edition.yaml's text; undefined when the folder has none. */
  editionText: string | undefined;
  articles: readonly CheckedArticle[];
  /** What an interrupted ingest or `npm run new` left (src/content/safe-write.ts): its journal, its temporary files. */
  interrupted?: { journal: string | undefined; temps: readonly string[] };
  /** Every image file of the folder (paths from the project root), as fileIn probed it: the build reads them all. */
  images?: readonly { file: string; state: PhotoFile }[];
}

function editionProblems(folder: EditionFolder): { edition?: Edition; problems: Problem[] } {
  const file = `${folder.dir}/${EDITION_FILE}`;
  const folderDate = folder.dir.split('/').at(-1) ?? '';
  if (!isIsoDate(folderDate)) {
    // The site still builds these files; only their folder name is wrong, so each file says so.
    return {
      problems: folder.articles.map((a) => ({
        file: a.file,
        line: 1,
        field: 'folder',
        zh: `文件夹“${folderDate}”不是日期，稿件要放在以出版日期命名的文件夹里；改法：把文件移到 ${folder.dir.replace(/[^/]+$/, '')}<年-月-日>/，如 2026-04-02/`,
        en: `the folder "${folderDate}" is not a date; articles live in a folder named after the edition date. Fix: move the file to a folder such as 2026-04-02/.`,
      })),
    };
  }
  if (folder.editionText === undefined) {
    return {
      problems: [
        {
          file,
          line: 1,
          field: EDITION_FILE,
          zh: `这一期没有 ${EDITION_FILE}（报名和各版版名）；改法：在这个文件夹里新建 ${EDITION_FILE}，写 \`paper: 舟山日报\`、\`date: "${folderDate}"\` 和 pages 列表（见写稿指南“版面文件”）；用 npm run new 写稿时会自动建好`,
          en: `this edition has no ${EDITION_FILE} (paper name and page names). Fix: create it with \`paper: 舟山日报\`, \`date: "${folderDate}"\` and a list of \`pages\` (see the writing guide); \`npm run new\` creates it for you.`,
        },
      ],
    };
  }
  const source = readYaml(folder.editionText, 1);
  const unreadable = editionYamlProblems(file, source);
  if (unreadable.length > 0) return { problems: unreadable };
  const ctx = { file, data: source.data, help: EDITION_HELP, helpZh: EDITION_HELP_ZH, lineOf: source.lineOf };
  const { value, problems } = validate(EditionSchema, ctx);
  if (value && value.date !== folderDate) {
    problems.push({
      file,
      line: source.lineOf(['date']),
      field: 'date',
      zh: `出版日期（date）是 ${value.date}，文件却在 ${folderDate} 文件夹里；改法：写 \`date: "${folderDate}"\``,
      en: `\`date\` is "${value.date}" but the file is in the folder of ${folderDate}. Fix: write \`date: "${folderDate}"\`.`,
    });
  }
  return { ...(value ? { edition: value } : {}), problems };
}

/** Every problem of the folder, its files' own included. */
export function checkEdition(folder: EditionFolder): Problem[] {
  const problems = folder.articles.flatMap((a) => a.problems);
  const valid = folder.articles.filter((a): a is Valid => a.article !== undefined);
  const byFile = new Map(valid.map((v) => [v.file, v]));
  const findings = articleFindings(valid.map((v) => ({ filePath: v.file, data: v.article })));
  problems.push(...findings.map((f) => findingProblem(f, byFile)));

  problems.push(...interruptedProblems(folder));
  for (const image of folder.images ?? []) {
    const broken = brokenImage(image.state);
    if (broken) problems.push({ file: image.file, line: 1, field: 'photo', ...broken });
  }
  const { edition, problems: editionOwn } = editionProblems(folder);
  problems.push(...editionOwn);
  const pages = new Set(edition?.pages.map((p) => p.number) ?? []);
  problems.push(...jumpProblems(valid, pages));
  if (edition) {
    for (const v of valid) {
      if (pages.has(v.article.page)) continue;
      const { page } = v.article;
      problems.push({
        file: v.file,
        line: v.source.lineOf(['page']),
        field: 'page',
        also: [`${folder.dir}/${EDITION_FILE}`],
        zh: `第${page}版不在本期 ${EDITION_FILE} 的版面列表里；改法：在 ${EDITION_FILE} 的 pages 下加 \`- number: ${page}\` 和 \`name: 版名\`，或改正版次`,
        en: `page ${page} is not among the pages of ${EDITION_FILE}. Fix: add \`- number: ${page}\` with \`name: …\` under \`pages\` in ${EDITION_FILE}, or correct the page.`,
      });
    }
  }
  return problems;
}

/** Debris of a killed write: a journal means the edition is half renamed; a temporary file is only debris. */
function interruptedProblems(folder: EditionFolder): Problem[] {
  const { journal, temps } = folder.interrupted ?? { journal: undefined, temps: [] };
  const problems: Problem[] = temps.map((file) => ({
    file,
    line: 1,
    field: 'temporary file',
    zh: '这是一次被中断的入库（或 npm run new）留下的临时文件，网站不用它；改法：删去它（下次给这一期入库时也会自动删去）',
    en: 'a temporary file left by an interrupted ingest (or `npm run new`); nothing uses it. Fix: delete it (the next ingest of this edition deletes it too).',
  }));
  if (journal) {
    problems.push({
      file: journal,
      line: 1,
      field: 'interrupted write',
      zh: `给 ${folder.dir} 入库（或 npm run new）时被中断，这一期的文件只换了一部分；改法：再运行一次入库（npm run ingest，这一期的任一版）或 npm run new，它会先把中断的写入做完`,
      en: `an ingest (or \`npm run new\`) of ${folder.dir} was interrupted while putting its files in place: some are new, some old. Fix: run npm run ingest (any page of this edition) or npm run new again; it first finishes the interrupted write.`,
    });
  }
  return problems;
}
