// Plain text out of an article body (Markdown or MDX written by the ingest, or Markdown
// written by a journalist), for leads, descriptions and reading time. It only
// needs to be good enough for prose: paragraphs, `## ` headings, `<Aside>` boxes
// and `> ` blockquote boxes.

/** The body's paragraphs as plain text, boxes and headings left out, in order. */
export function bodyParagraphs(body: string): string[] {
  const withoutBoxes = body
    .replace(/\r\n?/g, '\n')
    .replace(/<Aside\b[\s\S]*?<\/Aside>/g, '\n')
    .replace(/^(?:import|export)\s.*$/gm, '');
  return withoutBoxes
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !/^(?:#|>|<|\{)/.test(block))
    .map(plainInline)
    .filter((text) => text !== '');
}

/** Inline Markdown to text: emphasis, links, escapes and line breaks go. */
export function plainInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** Every character a reader reads: the paragraphs and the boxes' text, headings too. */
export function bodyText(body: string): string {
  return body
    .replace(/<\/?Aside\b[^>]*>/g, ' ')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^>\s?/gm, '')
    .split(/\n\s*\n/)
    .map(plainInline)
    .join('\n');
}
