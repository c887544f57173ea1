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
import { articleFindings, findingLine, type CheckedEntry } from '#src/content/findings.ts';
import { lineInFile } from '#src/content/frontmatter.ts';
import { explained } from '#src/content/loader.ts';
import { mdxAsMarkdown } from '#src/content/mdx-as-markdown.ts';
import { mdxMode } from '#src/content/mdx-rules.ts';
import { brokenImageMessages, fileIn, photoMessages } from '#src/content/photos.ts';
import { screenArticle, screenEdition } from '#src/content/screen.ts';
import { sievedGlob } from '#src/content/sieve.ts';

const base = `./${EDITIONS_DIR}`;
// A shard build (SHARD=2025) loads only its years' folders; see src/build/shard.ts.
const shard = currentShard();
// Closed unless CONTENT_MDX=open (docs/operators.md, "MDX"): read once, so a bad value stops the build here.
const mode = mdxMode();

const articles = defineCollection({
  // An .mdx that uses only <Aside> is rendered as Markdown: no module for Vite to bundle (mdx-as-markdown.ts).
  loader: explained(mdxAsMarkdown(sievedGlob({ pattern: shardGlob(shard, '*.{md,mdx}'), base }, glob)), {
    schema: ArticleSchema,
    help: ARTICLE_HELP,
    // Journalists read these too: each English line has its Chinese under it, as `npm run check` words it.
    chinese: (issue, data) => issueZh(issue, data, ARTICLE_HELP, ARTICLE_HELP_ZH),
    // Each file's text, before Astro reads it: bounded YAML, UTF-8, closed MDX (src/content/screen.ts).
    screen: (file, text) => screenArticle(file, text, mode),
    check: (entries, root) => [
      ...articleFindings(entries as CheckedEntry[]).map((f) => findingLine(f, lineInFile(root))),
      // Photos are looked for before any page is rendered, with the check's own rule.
      ...entries.flatMap((e) => photoMessages(e.filePath, (e.data as Article).photos, fileIn(root), lineInFile(root))),
      // The site reads every image under content/editions (src/site/photo-files.ts), used or not.
      ...brokenImageMessages(root, EDITIONS_DIR),
    ],
  }),
  schema: ArticleSchema,
});

const editions = defineCollection({
  loader: explained(sievedGlob({ pattern: shardGlob(shard, EDITION_FILE), base }, glob), {
    schema: EditionSchema,
    help: EDITION_HELP,
    chinese: (issue, data) => issueZh(issue, data, EDITION_HELP, EDITION_HELP_ZH),
    screen: screenEdition,
  }),
  schema: EditionSchema,
});

export const collections = { articles, editions };
