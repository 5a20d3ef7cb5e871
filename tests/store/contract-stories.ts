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

/** Each hostile story, and the words its refusal must contain. */
export const HOSTILE_STORIES: [story: Record<string, unknown>, reason: RegExp][] = [
  [contractStory('bad-script', { title: 'Hello <script>alert(1)</script>' }), /^title contains HTML markup/],
  [
    contractStory('bad-tag', { body: ['Alpha Beta met the council in Linköping.', 'Click <a href="x">here</a>'] }),
    /^body\.1 contains HTML markup/,
  ],
  [contractStory('bad-unclosed', { summary: 'x <img src=x onerror=alert(1)' }), /^summary contains HTML markup/],
  [contractStory('bad-long-title', { title: 'x'.repeat(1_001) }), /^title is longer than 1,000 characters/],
  [
    contractStory('bad-huge-body', { body: Array.from({ length: 11 }, () => 'y'.repeat(190_000)), entities: [] }),
    /^body is longer than 2,000,000 characters in all/,
  ],
  [
    contractStory('bad-offset', {
      entities: [{ ...OTHER_ENTITY, mentions: [{ paragraph: 1, start: 4, end: 400 }] }],
    }),
    /^entities: a mention points outside the body/,
  ],
  [
    contractStory('bad-paragraph', { entities: [{ ...OTHER_ENTITY, mentions: [{ paragraph: 9, start: 0, end: 1 }] }] }),
    /^entities: a mention points outside the body/,
  ],
  [
    contractStory('bad-range', { entities: [{ ...OTHER_ENTITY, mentions: [{ paragraph: 0, start: 5, end: 5 }] }] }),
    /^entities\.0\.mentions\.0 end must be greater than start/,
  ],
  [contractStory('bad-nul', { body: ['nul \u0000 byte'], entities: [] }), /^body\.0 contains control characters/],
  [contractStory('bad-surrogate', { summary: 'broken \ud800 text' }), /^summary contains a broken character/],
  [contractStory('bad-url', { url: 'javascript:alert(1)' }), /^url must be an http or https URL/],
  [contractStory('bad-date', { publishedAt: '2027-01-01 10:00' }), /^publishedAt is not an ISO 8601 date/],
  [contractStory('Bad Id'), /^id must be a URL-safe id/],
  [
    contractStory('bad-twice', { entities: [OTHER_ENTITY, OTHER_ENTITY] }),
    /^entities\.1\.id repeats entity 'contract-gamma'/,
  ],
  [
    contractStory('bad-role', { entities: [{ ...OTHER_ENTITY, role: '<b>boss</b>' }] }),
    /^entities\.0\.role contains HTML/,
  ],
];
