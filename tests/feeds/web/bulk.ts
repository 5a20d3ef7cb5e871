import type { WebStory } from './stories';

const PLACES = ['Larkmoor', 'Eastholm', 'Stenvik', 'Norrby', 'Vadsund'];
const PEOPLE = ['Helena Strand', 'Jonas Berg', 'Amara Lind', 'Pavel Novak', 'Birgit Aalto', 'Samuel Okafor'];
const BODIES = ['Larkmoor City Council', 'the Stenvik Foundation', 'Nordbro Engineering', 'the Eastholm Boat Club'];

/**
 * Generated stories for benchmarks: distinct texts (so none is a near-duplicate of another), from
 * number `first` on, so several sites can serve different ones.
 */
export function bulkStories(count: number, first = 0): WebStory[] {
  const stories: WebStory[] = [];
  for (let i = first; i < first + count; i += 1) {
    const place = PLACES[i % PLACES.length] ?? 'Larkmoor';
    const person = PEOPLE[i % PEOPLE.length] ?? 'Helena Strand';
    const body = BODIES[i % BODIES.length] ?? 'the council';
    stories.push({
      slug: `bulk-${i}`,
      title: `${place} report ${i}: ${person} answers questions on plan ${i * 7 + 3}`,
      author: PEOPLE[(i + 2) % PEOPLE.length] ?? 'Staff',
      date: new Date(Date.UTC(2026, 10, 30, 12) - i * 60_000).toISOString(),
      summary: `${person} spoke in ${place} about plan ${i * 7 + 3}.`,
      topics: ['Local'],
      body: [
        {
          kind: 'p',
          html: `${person} told reporters in ${place} on day ${i} that plan ${i * 7 + 3} would be put to ${body} within ${(i % 9) + 2} weeks.`,
        },
        {
          kind: 'p',
          html: `The plan, number ${i * 7 + 3} of the year, covers ${(i % 40) + 10} streets and ${(i % 13) + 1} schools, and would cost ${(i % 90) + 5} million crowns.`,
        },
        { kind: 'quote', text: `We heard ${(i % 300) + 20} residents before writing plan ${i * 7 + 3}.` },
        {
          kind: 'p',
          html: `Critics in ${PLACES[(i + 1) % PLACES.length] ?? 'Eastholm'} said proposal ${i} left out the ${(i % 5) + 1} villages east of the river.`,
        },
        {
          kind: 'p',
          html: `${PEOPLE[(i + 5) % PEOPLE.length] ?? 'Samuel Okafor'} of ${BODIES[(i + 1) % BODIES.length] ?? 'the council'} said the ${(i % 7) + 3} hearings would be recorded and that written comments on plan ${i * 7 + 3} could be sent until the end of week ${(i % 40) + 8}.`,
        },
        // The last two paragraphs make the text long enough (over the 600 characters under which
        // a feed's text counts as a teaser) that a feed carrying it reads no page: see the bench.
        {
          kind: 'p',
          html: `A vote on plan ${i * 7 + 3} is expected after ${(i % 6) + 2} public hearings, the first of them in the ${PLACES[(i + 3) % PLACES.length] ?? 'Norrby'} library, where ${PEOPLE[(i + 4) % PEOPLE.length] ?? 'Jonas Berg'} will answer questions from residents for ${(i % 3) + 1} hours.`,
        },
      ],
    });
  }
  return stories;
}
