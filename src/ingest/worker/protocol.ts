import type { ArticleEntity } from '../../news/schema/article';

/** The messages between the reader and its extraction worker; `id` pairs an answer with its request. */
export interface DetectRequest {
  id: number;
  paragraphs: readonly string[];
  title: string;
}

export type DetectResponse = { id: number; entities: ArticleEntity[] } | { id: number; error: string };
