// Content collections: articles and edition data both live under content/editions/<date>/.
// The schemas come from src/schema so the ingest and the site validate the same way.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schema/article.ts';
import { EditionSchema, EDITION_FILE } from './schema/edition.ts';

const base = './content/editions';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base }),
  schema: ArticleSchema,
});

const editions = defineCollection({
  loader: glob({ pattern: `**/${EDITION_FILE}`, base }),
  schema: EditionSchema,
});

export const collections = { articles, editions };
