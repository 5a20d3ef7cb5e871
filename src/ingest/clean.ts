/**
 * Scraped article text -> paragraphs. Pages arrive with credit lines for images that are no longer
 * there, tab runs from table layouts, stray spaces, CRLF and duplicated lines; readers should see
 * none of it, but the credit is kept as image metadata.
 */
export interface CleanedText {
  paragraphs: string[];
  /** Image credits found in the text, first one first, without duplicates. */
  credits: string[];
}

const CREDIT_LINE = /^(?:image|photo|picture|photograph)s?\s+credits?\s*[:–—-]\s*(.*)$|^credits?\s*:\s*(.*)$/iu;
// Controls other than tab and newline, and invisible format characters scrapes often carry.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\u2060\uFEFF]/gu;
const HORIZONTAL_SPACE = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000 ]+/gu;

export function cleanText(raw: string): CleanedText {
  const text = raw.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').normalize('NFC');
  const lines = text.split('\n').map((line) => line.replace(HORIZONTAL_SPACE, ' ').trim());

  const credits: string[] = [];
  const kept: string[] = [];
  for (const line of lines) {
    const credit = CREDIT_LINE.exec(line);
    if (credit) {
      const name = (credit[1] ?? credit[2] ?? '').trim();
      if (name && !credits.includes(name)) credits.push(name);
      continue;
    }
    kept.push(line);
  }

  return { paragraphs: dedupe(toParagraphs(kept)), credits };
}

/**
 * With blank lines present, blank lines separate paragraphs and single breaks are soft wraps.
 * Without any, as in most scrapes, every line is its own paragraph.
 */
function toParagraphs(lines: readonly string[]): string[] {
  const hasBlankSeparators = hasBlankBetweenText(lines);
  if (!hasBlankSeparators) return lines.filter((line) => line.length > 0);

  const paragraphs: string[] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.length === 0) {
      if (current.length > 0) paragraphs.push(current.join(' '));
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) paragraphs.push(current.join(' '));
  return paragraphs;
}

function hasBlankBetweenText(lines: readonly string[]): boolean {
  const first = lines.findIndex((line) => line.length > 0);
  const last = lines.findLastIndex((line) => line.length > 0);
  for (let i = first + 1; i < last; i += 1) if (lines[i] === '') return true;
  return false;
}

/** A paragraph repeated verbatim (scrapes often double a line) is shown once. */
function dedupe(paragraphs: readonly string[]): string[] {
  const seen = new Set<string>();
  return paragraphs.filter((paragraph) => {
    if (seen.has(paragraph)) return false;
    seen.add(paragraph);
    return true;
  });
}
