// The edition data file: adding a page to it, and never changing a page or the paper
// name that an editor set without being told to.
import YAML from 'yaml';
import { EditionSchema, type EditionInput } from '#src/content/edition.ts';
import { readYaml } from '#src/content/frontmatter.ts';

export interface PageEntry {
  paper: string;
  date: string;
  page: number;
  name: string;
  banner?: string;
  credits?: string[];
}

export interface EditionMerge {
  edition: EditionInput;
  /** Why the existing file would change in a way only `--force` may allow. */
  conflicts: string[];
}

export function mergeEdition(existing: EditionInput | undefined, entry: PageEntry): EditionMerge {
  const conflicts: string[] = [];
  const page = { number: entry.page, name: entry.name, ...(entry.banner ? { banner: entry.banner } : {}), ...(entry.credits ? { credits: entry.credits } : {}) };
  if (!existing) return { edition: { paper: entry.paper, date: entry.date, pages: [page] }, conflicts };
  if (existing.paper !== entry.paper) conflicts.push(`paper is "${existing.paper}", this run says "${entry.paper}"`);
  const old = existing.pages.find((p) => p.number === entry.page);
  if (old && (old.name !== page.name || old.banner !== page.banner || (old.credits ?? []).join('\n') !== (page.credits ?? []).join('\n'))) {
    conflicts.push(`page ${entry.page} is "${old.name}"${old.banner ? ` with banner "${old.banner}"` : ''}; this run says "${page.name}"${page.banner ? ` with banner "${page.banner}"` : ''}`);
  }
  const pages = [...existing.pages.filter((p) => p.number !== entry.page), page].sort((a, b) => a.number - b.number);
  return { edition: { ...existing, paper: entry.paper, date: entry.date, pages }, conflicts };
}

export function editionToYaml(edition: EditionInput): string {
  return YAML.stringify(EditionSchema.parse(edition) satisfies EditionInput, { version: '1.1', lineWidth: 0 });
}

/** edition.yaml read as every other reader reads it (src/content/frontmatter.ts); throws when it is not valid. */
export function parseEditionYaml(text: string): EditionInput {
  const { data, yamlErrors } = readYaml(text, 1);
  if (yamlErrors[0]) throw new Error(`line ${yamlErrors[0].line}: ${yamlErrors[0].message}`);
  return EditionSchema.parse(data);
}
