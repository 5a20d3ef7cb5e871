/**
 * Stories written for Lede's tests (fiction, set in a made-up town). Each body mixes the kinds of
 * structure real stories have, so the whole pipeline is tested on headings, quotes, lists and links.
 */
export type BodyPart =
  | { kind: 'p'; html: string }
  | { kind: 'h2'; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'list'; items: string[] };

export interface WebStory {
  slug: string;
  title: string;
  author: string;
  date: string;
  summary: string;
  topics: string[];
  image?: { url: string; alt: string; credit: string };
  body: BodyPart[];
}

export const WEB_STORIES: readonly WebStory[] = [
  {
    slug: 'harbour-bridge-reopens',
    title: 'Harbour bridge in Larkmoor reopens after two years of repairs',
    author: 'Ines Varga',
    date: '2026-11-30T08:15:00Z',
    summary: 'The Larkmoor harbour bridge carries traffic again after a repair that ran a year late.',
    topics: ['Transport', 'Larkmoor'],
    image: {
      url: 'https://images.example/bridge.jpg',
      alt: 'The bridge at dawn',
      credit: 'Tomas Ek / Larkmoor Gazette',
    },
    body: [
      {
        kind: 'p',
        html: 'Mayor Helena Strand cut a ribbon on Monday as the first buses crossed the <a href="https://larkmoor.example/bridge">harbour bridge</a> since its closure in 2024.',
      },
      {
        kind: 'p',
        html: 'The Larkmoor Transit Authority said the repair cost 48 million crowns, twice the first estimate, because corrosion in the steel deck ran deeper than surveys had shown.',
      },
      { kind: 'h2', text: 'What changes for commuters' },
      {
        kind: 'list',
        items: [
          'Bus line 4 returns to its old route.',
          'A cycle lane runs on the east side.',
          'Lorries over 12 tonnes stay banned until spring.',
        ],
      },
      { kind: 'quote', text: 'We rebuilt it so our grandchildren can cross it too.' },
      {
        kind: 'p',
        html: 'Engineer Pavel Novak of Nordbro Engineering, which carried out the work, said the new deck should last sixty years with ordinary care.',
      },
    ],
  },
  {
    slug: 'library-opens-night-reading-room',
    title: 'Larkmoor library opens a reading room that never closes',
    author: 'Samuel Okafor',
    date: '2026-11-29T17:40:00Z',
    summary: 'Night-shift workers asked for it; the city library now keeps one room open around the clock.',
    topics: ['Culture'],
    body: [
      {
        kind: 'p',
        html: 'The Larkmoor City Library will keep its east reading room open through the night from December, chief librarian Amara Lind announced on Sunday.',
      },
      {
        kind: 'p',
        html: 'The idea came from a petition signed by 1,200 nurses, drivers and bakers who finish work when every other public room in town is locked. <a href="https://library.larkmoor.example/night">The library explains the rules online</a>.',
      },
      { kind: 'quote', text: 'A town that works at night deserves somewhere warm to read at night.' },
      {
        kind: 'p',
        html: 'Security will be provided by Vakt Services, and the room will hold about forty people.',
      },
    ],
  },
  {
    slug: 'rowing-club-wins-river-cup',
    title: 'Larkmoor Rowing Club wins the River Cup for the first time',
    author: 'Ines Varga',
    date: '2026-11-28T12:05:00Z',
    summary: 'A crew of students and retirees beat the favourites from Eastholm by half a length.',
    topics: ['Sport'],
    body: [
      {
        kind: 'p',
        html: 'The Larkmoor Rowing Club won the River Cup on Saturday, beating the Eastholm Boat Club by half a length in a final rowed into a headwind.',
      },
      {
        kind: 'p',
        html: 'Coach Birgit Aalto said the crew, four students and four retirees, had trained at dawn since March.',
      },
      { kind: 'h2', text: 'A club on the brink' },
      {
        kind: 'p',
        html: 'Three years ago the club had eleven members and a leaking boathouse. A grant from the Stenvik Foundation paid for a new roof.',
      },
    ],
  },
  {
    slug: 'council-votes-on-tram-line',
    title: 'Larkmoor council votes to study a tram line to the airport',
    author: 'Samuel Okafor',
    date: '2026-11-27T09:30:00Z',
    summary: 'Councillors asked for a full study of a tram from the station to Larkmoor airport.',
    topics: ['Transport', 'Politics'],
    body: [
      {
        kind: 'p',
        html: 'Larkmoor City Council voted 31 to 14 on Thursday to commission a study of a tram line from the central station to Larkmoor Airport.',
      },
      {
        kind: 'p',
        html: 'Councillor Jonas Berg, who proposed the motion, said the airport bus carries twice the passengers it was built for. The <a href="javascript:alert(1)">opposition</a> called the study a delay.',
      },
      { kind: 'list', items: ['The study is due in June.', 'It will cost 2 million crowns.'] },
    ],
  },
];
