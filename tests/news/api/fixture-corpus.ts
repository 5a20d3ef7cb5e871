import { buildEntityRecords } from '../../../src/news/engine/entity-records';
import type { Article, ArticleEntity, Source } from '../../../src/news/schema/article';
import type { Entity, EntityType } from '../../../src/news/schema/entity';

interface EntitySpec {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description?: string;
}

const ENTITIES = {
  kihara: {
    id: 'minoru-kihara',
    name: 'Minoru Kihara',
    type: 'person',
    aliases: ['Kihara'],
    description: 'Defense minister',
  },
  jonson: { id: 'pal-jonson', name: 'Pål Jonson', type: 'person', aliases: ['Jonson'] },
  nato: { id: 'nato', name: 'North Atlantic Treaty Organization', type: 'organization', aliases: ['NATO'] },
  stockholm: { id: 'stockholm', name: 'Stockholm', type: 'place', aliases: [] },
  tokyo: { id: 'tokyo', name: 'Tokyo', type: 'place', aliases: [] },
  acme: { id: 'acme-robotics', name: 'Acme Robotics', type: 'organization', aliases: ['Acme'] },
  northernLight: { id: 'operation-northern-light', name: 'Northern Light', type: 'other', aliases: [] },
} satisfies Record<string, EntitySpec>;

const NORDIC: Source = { id: 'nordic-wire', name: 'Nordic Wire', url: 'https://nordicwire.example/' };
const PACIFIC: Source = { id: 'pacific-post', name: 'Pacific Post' };

type StorySpec = Omit<Article, 'entities' | 'summary' | 'readingMinutes'> & {
  summary?: string;
  cast: Array<[EntitySpec, number, string?]>;
};

/** Mentions are found in the text, so every range slices real words, as the schema demands. */
function story({ cast, summary = '', ...rest }: StorySpec): Article {
  const entities = cast.map(([spec, salience, role]): ArticleEntity => {
    const mentions = rest.body.flatMap((paragraph, index) =>
      [spec.name, ...spec.aliases].flatMap((name) =>
        [...paragraph.matchAll(new RegExp(`\\b${name}\\b`, 'gu'))].map((m) => ({
          paragraph: index,
          start: m.index,
          end: m.index + name.length,
        })),
      ),
    );
    return { id: spec.id, name: spec.name, type: spec.type, salience, mentions, ...(role ? { role } : {}) };
  });
  return { ...rest, summary, readingMinutes: rest.body.length * 0.5, entities };
}

export function fixtureArticles(): Article[] {
  const { kihara, jonson, nato, stockholm, tokyo, acme, northernLight } = ENTITIES;
  return [
    story({
      id: 'japan-sweden-defence',
      title: 'Japan and Sweden agree to deepen defence ties',
      summary: 'Kihara and Jonson met in Stockholm.',
      source: NORDIC,
      author: 'Ingrid Halvorsen',
      publishedAt: '2026-11-05T14:20:00+01:00',
      url: 'https://nordicwire.example/2026/11/05/japan-sweden-defence',
      image: { url: 'images/flags.svg', alt: 'Two flags side by side', credit: 'Nordic Wire' },
      topics: ['defence', 'diplomacy'],
      body: ['Minoru Kihara met Pål Jonson in Stockholm on Thursday.', 'Both spoke of NATO and of Tokyo.'],
      cast: [
        [kihara, 0.9, 'Japanese Defense Minister'],
        [jonson, 0.8, 'Swedish Defence Minister'],
        [stockholm, 0.4],
        [nato, 0.3],
      ],
    }),
    story({
      id: 'nato-summit-preview',
      title: 'What to expect from the NATO summit',
      source: NORDIC,
      publishedAt: '2026-11-04T09:00:00Z',
      topics: ['defence'],
      body: ['The North Atlantic Treaty Organization meets next week.', 'Pål Jonson will attend.'],
      cast: [
        [nato, 0.9],
        [jonson, 0.5],
      ],
    }),
    story({
      id: 'tokyo-robotics-fair',
      title: 'Robots fill a Tokyo hall',
      source: PACIFIC,
      publishedAt: '2026-11-03T10:00:00+09:00',
      topics: ['technology'],
      body: ['Acme Robotics showed a walking crane in Tokyo.'],
      cast: [
        [acme, 0.9],
        [tokyo, 0.6],
      ],
    }),
    story({
      id: 'kihara-tokyo-briefing',
      title: 'Kihara briefs reporters in Tokyo',
      source: PACIFIC,
      publishedAt: '2026-11-03T01:00Z',
      topics: ['defence', 'Politics'],
      body: ['Minoru Kihara spoke in Tokyo about the Stockholm talks.'],
      cast: [
        [kihara, 0.9, 'Defense Minister'],
        [tokyo, 0.5],
      ],
    }),
    story({
      id: 'arctic-exercise',
      title: 'Northern Light exercise begins',
      source: NORDIC,
      publishedAt: '2026-11-01T08:00:00-05:00',
      topics: ['defence'],
      body: ['Northern Light brings NATO ships to the waters off Stockholm.'],
      cast: [
        [northernLight, 0.9],
        [nato, 0.7],
        [stockholm, 0.2],
      ],
    }),
    story({
      id: 'acme-layoffs',
      title: 'Acme Robotics cuts jobs',
      source: PACIFIC,
      publishedAt: '2026-10-30T12:00Z',
      topics: ['business', 'technology'],
      body: ['Acme will cut 200 jobs.'],
      cast: [[acme, 1]],
    }),
    story({
      id: 'quiet-day',
      title: 'A quiet day',
      source: NORDIC,
      publishedAt: '2026-10-29T07:15:00.5+00:00',
      topics: ['weather'],
      body: ['Nothing happened.'],
      cast: [],
    }),
  ];
}

/** Newest first, ties (the two Tokyo stories share an instant) broken by id. */
export const FIXTURE_ORDER = [
  'japan-sweden-defence',
  'nato-summit-preview',
  'kihara-tokyo-briefing',
  'tokyo-robotics-fair',
  'arctic-exercise',
  'acme-layoffs',
  'quiet-day',
];

export function fixtureEntities(articles = fixtureArticles()): Entity[] {
  return buildEntityRecords(articles, Object.values(ENTITIES));
}
