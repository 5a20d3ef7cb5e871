import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/ingest/extract';
import { findMentions } from '../../../src/ingest/mentions';
import { shippedModel } from '../../../src/ingest/model/shipped-model';

function byName(paragraphs: string[]) {
  return new Map(extractEntities(paragraphs, shippedModel()).map((entity) => [entity.name, entity]));
}

describe('extractEntities', () => {
  it('splits a title, with its nationality, off a name and keeps it as the role', () => {
    const found = byName(['Talks opened in Lisbon, where Dutch Foreign Minister Anneke Vos met reporters.']);
    expect(found.get('Anneke Vos')).toMatchObject({ type: 'person', role: 'Dutch Foreign Minister' });
  });

  it('keeps a company title as the role and types the company by its head word', () => {
    const found = byName(['Chief Executive Mira Sandell said Brightwater Shipping would hire.']);
    expect(found.get('Mira Sandell')).toMatchObject({ type: 'person', role: 'Chief Executive' });
    expect(found.get('Brightwater Shipping')?.type).toBe('organization');
  });

  it('reads an appositive job as the role', () => {
    const found = byName(['Jonas Pihl, the chief executive of Ostvik Group, declined to comment.']);
    expect(found.get('Jonas Pihl')).toMatchObject({ type: 'person', role: 'chief executive of Ostvik Group' });
  });

  it('reads a lower-case job word before a name as the role', () => {
    const found = byName(['The visitors were led by coach Tomas Brenner on a wet evening.']);
    expect(found.get('Tomas Brenner')).toMatchObject({ type: 'person', role: 'coach' });
  });

  it('types organizations by their head word', () => {
    const found = byName(['Analysts at the Meadowbrook Institute and fans of Lakeside United disagreed.']);
    expect(found.get('Meadowbrook Institute')?.type).toBe('organization');
    expect(found.get('Lakeside United')?.type).toBe('organization');
  });

  it('folds the leading words of a long name into it', () => {
    const found = byName(['Fans of Millbrook Athletic sang.', 'Millbrook won in the end.']);
    expect(found.get('Millbrook Athletic')).toMatchObject({ type: 'organization', aliases: ['Millbrook'] });
  });

  it('shows an organization by the acronym the text defines, the long name kept as an alias', () => {
    const found = byName(['The Baltic Fisheries Council (BFC) met twice.', 'Later the BFC published its quotas.']);
    expect(found.get('BFC')).toMatchObject({ type: 'organization', aliases: ['Baltic Fisheries Council'] });
    expect(found.has('Baltic Fisheries Council')).toBe(false);
  });

  it('folds a surname used later into the full name', () => {
    const found = byName(['Reporters waited for Ingrid Solberg outside.', 'Later Solberg spoke briefly.']);
    expect(found.get('Ingrid Solberg')).toMatchObject({ type: 'person', aliases: ['Solberg'] });
    expect(found.has('Solberg')).toBe(false);
  });

  it('strips a possessive and splits a list into its items', () => {
    const found = byName(['Norway’s ministers toured Estonia, Latvia and Lithuania this week.']);
    for (const name of ['Norway', 'Estonia', 'Latvia', 'Lithuania']) expect(found.get(name)?.type).toBe('place');
    expect([...found.keys()].some((name) => name.includes('’'))).toBe(false);
  });

  it('keeps a demonym a nationality, not a mention of its country', () => {
    const found = byName(['A Finnish delegation and Polish engineers arrived on Monday.']);
    expect([...found.values()].map((entity) => [entity.name, entity.type])).toEqual([
      ['Finnish', 'other'],
      ['Polish', 'other'],
    ]);
  });

  it('drops words capitalized only because a sentence starts with them', () => {
    const found = byName(['Officials said little. During the visit Marta Lind spoke.']);
    expect([...found.keys()]).toEqual(['Marta Lind']);
  });

  it('yields names whose mentions slice back exactly', () => {
    const paragraphs = ['Defence Minister Karl Aho flew to Oslo.', 'Aho’s visit to Oslo ended on Friday.'];
    const entities = extractEntities(paragraphs, shippedModel());
    const mentions = findMentions(
      paragraphs,
      entities.map((entity) => ({ id: entity.id, forms: [entity.name, ...entity.aliases] })),
    );
    for (const entity of entities) {
      const forms = [entity.name, ...entity.aliases];
      for (const m of mentions.get(entity.id) ?? [])
        expect(forms).toContain(paragraphs[m.paragraph]?.slice(m.start, m.end));
    }
    expect(mentions.get('karl-aho')).toHaveLength(2);
  });
});
