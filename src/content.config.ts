// Content collections: articles and edition data both live under content/editions/<date>/.
// The schemas come from src/schema so the ingest and the site validate the same way.
// `explained` turns a schema failure into a message naming the file, the field,
// what was expected and how to fix it, and fails the build on two articles with
// one date/page/order.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schema/article.ts';
import { EditionSchema, EDITION_FILE } from './schema/edition.ts';
import { explained } from './lib/explained-loader.ts';
import { ARTICLE_HELP, EDITION_HELP } from './lib/frontmatter-errors.ts';
import { articleProblems, type CheckedEntry } from './lib/content-checks.ts';

const base = './content/editions';

const articles = defineCollection({
  loader: explained(glob({ pattern: '**/*.{md,mdx}', base }), {
    schema: ArticleSchema,
    help: ARTICLE_HELP,
    check: (entries) => articleProblems(entries as CheckedEntry[]),
  }),
  schema: ArticleSchema,
});

const editions = defineCollection({
  loader: explained(glob({ pattern: `**/${EDITION_FILE}`, base }), { schema: EditionSchema, help: EDITION_HELP }),
  schema: EditionSchema,
});

export const collections = { articles, editions };
