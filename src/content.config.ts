// Content collections: articles and edition data both live under content/editions/<date>/.
// The schemas come from src/content/ so the ingest, the check and the site validate the
// same way. `explained` turns a schema failure into a message naming the file, the
// field, what was expected and how to fix it, and fails the build on two articles with
// one date/page/order. Each message has its Chinese under the English, in the words
// `npm run check` uses (both come from src/content/).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { currentShard, shardGlob } from '#src/build/shard.ts';
import { ArticleSchema, type Article } from '#src/content/article.ts';
import { EDITION_FILE, EDITIONS_DIR } from '#src/content/defaults.ts';
import { EditionSchema } from '#src/content/edition.ts';
import { ARTICLE_HELP, EDITION_HELP } from '#src/content/explain.ts';
import { ARTICLE_HELP_ZH, EDITION_HELP_ZH, issueZh } from '#src/content/explain-zh.ts';
import { articleFindings, findingMessage, findingZh, type CheckedEntry } from '#src/content/findings.ts';
import { explained } from '#src/content/loader.ts';
import { fileIn, photoMessages } from '#src/content/photos.ts';

const base = `./${EDITIONS_DIR}`;
// A shard build (SHARD=2025) loads only its years' folders; see src/build/shard.ts.
const shard = currentShard();

const articles = defineCollection({
  loader: explained(glob({ pattern: shardGlob(shard, '*.{md,mdx}'), base }), {
    schema: ArticleSchema,
    help: ARTICLE_HELP,
    // Journalists read these too: each English line has its Chinese under it, as `npm run check` words it.
    chinese: (issue, data) => issueZh(issue, data, ARTICLE_HELP, ARTICLE_HELP_ZH),
    check: (entries, root) => [
      ...articleFindings(entries as CheckedEntry[]).map((f) => `${findingMessage(f)}\n  ${findingZh(f)}`),
      // Photos are looked for before any page is rendered, with the check's own rule.
      ...entries.flatMap((e) => photoMessages(e.filePath, (e.data as Article).photos, fileIn(root))),
    ],
  }),
  schema: ArticleSchema,
});

const editions = defineCollection({
  loader: explained(glob({ pattern: shardGlob(shard, EDITION_FILE), base }), {
    schema: EditionSchema,
    help: EDITION_HELP,
    chinese: (issue, data) => issueZh(issue, data, EDITION_HELP, EDITION_HELP_ZH),
  }),
  schema: EditionSchema,
});

export const collections = { articles, editions };
