/** Small hand-written stories for the write half of the contract; all newer than the corpus. */
export function contractStory(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    title: `Alpha Beta visits Linköping (${id})`,
    summary: 'Alpha Beta met the council.',
    source: { id: 'contract-wire', name: 'Contract Wire' },
    publishedAt: '2027-01-01T10:00:00+00:00',
    topics: ['Testing'],
    readingMinutes: 1,
    body: ['Alpha Beta met the council in Linköping.', 'The council said little.'],
    entities: [
      {
        id: 'contract-alpha',
        name: 'Alpha Beta',
        type: 'person',
        salience: 0.8,
        mentions: [{ paragraph: 0, start: 0, end: 10 }],
      },
    ],
    ...overrides,
  };
}

export const OTHER_ENTITY = {
  id: 'contract-gamma',
  name: 'Gamma Council',
  type: 'organization',
  role: 'the council',
  salience: 0.5,
  mentions: [{ paragraph: 1, start: 4, end: 11 }],
};

/**
 * Hostile or broken stories the store keeps, repaired field by field as the reader would: each
 * with the field its repair must name and what the stored story must then be like.
 */
export const REPAIRED_STORIES: [story: Record<string, unknown>, field: RegExp, stored: Record<string, unknown>][] = [
  // Markup is text: Lede renders it as text, so the story keeps it verbatim and no repair is noted.
  [
    contractStory('bad-script', { title: 'Hello <script>alert(1)</script>' }),
    /^$/,
    { title: 'Hello <script>alert(1)</script>' },
  ],
  [
    contractStory('bad-tag', { body: ['Alpha Beta met the council in Linköping.', 'Click <a href="x">here</a>'] }),
    /^$/,
    { body: ['Alpha Beta met the council in Linköping.', 'Click <a href="x">here</a>'] },
  ],
  [
    contractStory('bad-role', { entities: [{ ...OTHER_ENTITY, role: '<b>boss</b>' }] }),
    /^$/,
    { entities: [{ ...OTHER_ENTITY, role: '<b>boss</b>' }] },
  ],
  [contractStory('bad-long-title', { title: 'x'.repeat(1_001) }), /^title$/, { title: `${'x'.repeat(999)}…` }],
  [
    contractStory('bad-offset', { entities: [{ ...OTHER_ENTITY, mentions: [{ paragraph: 1, start: 4, end: 400 }] }] }),
    /^entities\.0\.mentions\.0$/,
    { entities: [{ ...OTHER_ENTITY, mentions: [] }] },
  ],
  [
    contractStory('bad-paragraph', { entities: [{ ...OTHER_ENTITY, mentions: [{ paragraph: 9, start: 0, end: 1 }] }] }),
    /^entities\.0\.mentions\.0$/,
    { entities: [{ ...OTHER_ENTITY, mentions: [] }] },
  ],
  [
    contractStory('bad-range', { entities: [{ ...OTHER_ENTITY, mentions: [{ paragraph: 0, start: 5, end: 5 }] }] }),
    /^entities\.0\.mentions\.0$/,
    { entities: [{ ...OTHER_ENTITY, mentions: [] }] },
  ],
  [contractStory('bad-nul', { body: ['nul \u0000 byte'], entities: [] }), /^body\.0$/, { body: ['nul   byte'] }],
  [contractStory('bad-surrogate', { summary: 'broken \ud800 text' }), /^summary$/, { summary: 'broken \ufffd text' }],
  [contractStory('bad-url', { url: 'javascript:alert(1)' }), /^url$/, { url: undefined }],
  [
    contractStory('bad-date', { publishedAt: '2027-01-01 10:00' }),
    /^publishedAt$/,
    { publishedAt: '2027-01-01T10:00:00Z' },
  ],
  [
    contractStory('bad-twice', { entities: [OTHER_ENTITY, OTHER_ENTITY] }),
    /^entities\.1$/,
    { entities: [OTHER_ENTITY] },
  ],
  [
    contractStory('bad-blank-title', { title: '  \n ' }),
    /^title$/,
    { title: 'Alpha Beta met the council in Linköping.' },
  ],
];

/** Stories with nothing readable left, or too big to be news: each with the field and reason of its refusal. */
export const REFUSED_STORIES: [story: unknown, field: string, reason: RegExp][] = [
  [
    contractStory('bad-huge-body', { body: Array.from({ length: 11 }, () => 'y'.repeat(190_000)), entities: [] }),
    'body',
    /^longer than 2,000,000 characters in all/,
  ],
  [
    contractStory('bad-huge-paragraph', { body: ['z'.repeat(200_001)], entities: [] }),
    'body.0',
    /^longer than 200,000/,
  ],
  [
    contractStory('bad-many-entities', {
      entities: Array.from({ length: 1_001 }, (_, i) => ({ ...OTHER_ENTITY, id: `e-${i}`, mentions: [] })),
    }),
    'entities',
    /^more than 1,000 entities/,
  ],
  [contractStory('Bad Id'), 'id', /^no usable id/],
  [contractStory('bad-empty', { title: ' ', summary: '', body: ['\u0000 '] }), 'title', /^no title and no text/],
  [null, '', /not a story/],
  ['text', '', /not a story/],
];
