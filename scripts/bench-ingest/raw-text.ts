import type { Article } from '../../src/news/schema/article';
import { random } from '../synthetic/generate';

const CREDITS = ['Synthetic Wire Photo', 'Sample Times/Staff', 'Test Ledger Pictures'];

/**
 * A synthetic Article turned back into the text a scraper hands over: half the stories keep a
 * corpus header (with no entity lines, so entities must be extracted), a quarter start with a bare
 * headline and the rest are body only. Bodies carry the noise real pages leave: `Image Credits`
 * lines (sometimes twice), single line breaks between paragraphs, tabs and doubled spaces.
 */
export function rawStoryText(article: Article, seed: number): string {
  const next = random(seed);
  const noisy = article.body.map((paragraph) =>
    next() < 0.3 ? `\t\t${paragraph.replace('. ', '.  ')}` : next() < 0.2 ? `${paragraph}   ` : paragraph,
  );
  if (next() < 0.4) {
    const credit = `Image Credits: ${CREDITS[Math.floor(next() * CREDITS.length)] ?? ''}`;
    noisy.splice(1, 0, ...(next() < 0.5 ? [credit, credit] : [credit]));
  }
  const body = noisy.join(next() < 0.3 ? '\n' : '\n\n');
  const shape = next();
  if (shape < 0.5) {
    const header = [
      `title: ${article.title}`,
      `source: ${article.source.id}`,
      `date: ${article.publishedAt}`,
      `topics: ${article.topics.join(', ')}`,
    ];
    return `${header.join('\n')}\n---\n${body}\n`;
  }
  return shape < 0.75 ? `${article.title}\n\n${body}\n` : `${body}\n`;
}
