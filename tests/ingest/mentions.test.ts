import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/ingest/mentions';

function surfaces(paragraphs: string[], found: Map<string, { paragraph: number; start: number; end: number }[]>) {
  return Object.fromEntries(
    [...found].map(([id, list]) => [id, list.map((m) => paragraphs[m.paragraph]?.slice(m.start, m.end))]),
  );
}

describe('findMentions', () => {
  const paragraphs = [
    'Minoru Kihara met Pål Jonson. Kihara praised Sweden’s decision to join the North Atlantic Treaty Organization (NATO).',
    'NATO ministers met in Brussels; Swedish officials and Kiharas were not confused.',
  ];
  const found = findMentions(paragraphs, [
    { id: 'minoru-kihara', forms: ['Minoru Kihara', 'Kihara'] },
    { id: 'pal-jonson', forms: ['Pål Jonson', 'Jonson'] },
    { id: 'sweden', forms: ['Sweden'] },
    { id: 'nato', forms: ['North Atlantic Treaty Organization', 'NATO'] },
    { id: 'brussels', forms: ['Brussels'] },
  ]);

  it('finds every form on word boundaries, longest first, and slices back exactly', () => {
    expect(surfaces(paragraphs, found)).toEqual({
      'minoru-kihara': ['Minoru Kihara', 'Kihara'],
      'pal-jonson': ['Pål Jonson'],
      sweden: ['Sweden'],
      nato: ['North Atlantic Treaty Organization', 'NATO', 'NATO'],
      brussels: ['Brussels'],
    });
  });

  it('never lets a shorter form overlap a longer one from another entity', () => {
    const text = ['Harbour City FC beat the Harbour City side.'];
    const result = findMentions(text, [
      { id: 'club', forms: ['Harbour City FC'] },
      { id: 'city', forms: ['Harbour City'] },
    ]);
    expect(surfaces(text, result)).toEqual({ club: ['Harbour City FC'], city: ['Harbour City'] });
  });

  it('uses UTF-16 offsets, so astral and CJK text slices back', () => {
    const text = ['🇯🇵 木原稔 (Minoru Kihara) visited.'];
    const result = findMentions(text, [{ id: 'k', forms: ['Minoru Kihara', '木原稔'] }]);
    expect(surfaces(text, result)).toEqual({ k: ['木原稔', 'Minoru Kihara'] });
  });
});
