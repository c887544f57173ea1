// The rules on a content file's text that the build's content loader applies before
// Astro reads the file (src/content/loader.ts), in the words `npm run check` uses:
// an article's frontmatter must be readable and bounded, its body UTF-8, compilable
// and (by default) closed MDX; edition.yaml readable and bounded.
import { bodyProblems } from './body-check.ts';
import { editionYamlProblems, frontmatterProblems } from './frontmatter-problems.ts';
import { readFrontmatter, readYaml } from './frontmatter.ts';
import type { Screened } from './loader.ts';
import type { MdxMode } from './mdx-rules.ts';

/** An article file: refused outright when its frontmatter cannot be read safely. */
export function screenArticle(file: string, text: string, mode: MdxMode): Screened {
  const source = readFrontmatter(text);
  const unreadable = frontmatterProblems(file, source);
  return { problems: [...unreadable, ...bodyProblems(file, text, mode)], refuse: unreadable.length > 0 };
}

/** edition.yaml. */
export function screenEdition(file: string, text: string): Screened {
  const problems = editionYamlProblems(file, readYaml(text, 1));
  return { problems, refuse: problems.length > 0 };
}
