import type { FeedEntry } from './feed-entry';

interface MediaLike {
  contents?: {
    url?: string;
    medium?: string;
    type?: string;
    description?: { value?: string };
    credits?: { value?: string }[];
  }[];
  thumbnails?: { url?: string }[];
  credits?: { value?: string }[];
  description?: { value?: string };
  groups?: MediaLike[];
}

/** The story's picture from Media RSS (content, group or thumbnail), with its credit and caption. */
export function mediaImage(media: MediaLike | undefined): FeedEntry['image'] {
  if (!media) return undefined;
  const sources = [media, ...(media.groups ?? [])];
  for (const source of sources) {
    const content = source.contents?.find((c) => c.url && (c.medium === 'image' || c.type?.startsWith('image/')));
    if (content?.url) {
      return {
        url: content.url,
        ...optional('alt', content.description?.value ?? source.description?.value),
        ...optional('credit', content.credits?.[0]?.value ?? source.credits?.[0]?.value),
      };
    }
    const thumbnail = source.thumbnails?.find((t) => t.url);
    if (thumbnail?.url) {
      return {
        url: thumbnail.url,
        ...optional('credit', source.credits?.[0]?.value),
        ...optional('alt', source.description?.value),
      };
    }
  }
  return undefined;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
