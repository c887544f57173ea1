// Content collections: articles and edition data both live under content/editions/<date>/.
// The schemas come from src/schema so the ingest and the site validate the same way.
// `explained` turns a schema failure into a message naming the file, the field,
// what was expected and how to fix it, and fails the build on two articles with
// one date/page/order. Each message has its Chinese (src/journalist/) under the English.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schema/article.ts';
import { EditionSchema, EDITION_FILE } from './schema/edition.ts';
import { explained } from './lib/explained-loader.ts';
import { currentShard, shardGlob } from './lib/shard.ts';
import { ARTICLE_HELP, EDITION_HELP } from './lib/frontmatter-errors.ts';
import { articleFindings, findingMessage, type CheckedEntry } from './lib/content-checks.ts';
import { issueZh } from './journalist/schema-problems.ts';
import { findingZh } from './journalist/finding-words.ts';
import { ARTICLE_HELP_ZH, EDITION_HELP_ZH } from './journalist/field-words.ts';

const base = './content/editions';
// A shard build (SHARD=2025) loads only its years' folders; see src/lib/shard.ts.
const shard = currentShard();

const articles = defineCollection({
  loader: explained(glob({ pattern: shardGlob(shard, '*.{md,mdx}'), base }), {
    schema: ArticleSchema,
    help: ARTICLE_HELP,
    // Journalists read these too: each English line has its Chinese under it, as `npm run check` words it.
    chinese: (issue, data) => issueZh(issue, data, ARTICLE_HELP, ARTICLE_HELP_ZH),
    check: (entries) => articleFindings(entries as CheckedEntry[]).map((f) => `${findingMessage(f)}\n  ${findingZh(f)}`),
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
