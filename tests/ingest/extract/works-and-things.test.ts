import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/ingest/extract';
import { shippedModel } from '../../../src/ingest/model/shipped-model';

function byName(paragraphs: string[]) {
  return new Map(extractEntities(paragraphs, shippedModel()).map((entity) => [entity.name, entity]));
}

describe('works, made things and missions', () => {
  it('reads a quoted title-case phrase as one work, small words and a leading "The" included', () => {
    const found = byName([
      'The festival opens with “Orchard in Winter”, an adaptation of Emi Nakagawa’s novel “The Winter Orchard”.',
    ]);
    expect(found.get('Orchard in Winter')?.type).toBe('other');
    expect(found.get('The Winter Orchard')?.type).toBe('other');
    expect(found.has('Orchard')).toBe(false);
    expect(found.has('Winter')).toBe(false);
  });

  it('leaves quoted speech to the ordinary rules', () => {
    const found = byName(['“We built Frostline to give a number, not a maybe,” said Anna Berg.']);
    expect(found.has('We built Frostline to give a number, not a maybe')).toBe(false);
    expect(found.get('Anna Berg')?.type).toBe('person');
  });

  it('types a name before a thing noun as other, even across a modifier', () => {
    const found = byName(['An H3 rocket carried the Tsukimi lunar lander.', 'The Kolmsten ice spectrometer worked.']);
    expect(found.get('Tsukimi')?.type).toBe('other');
    expect(found.get('Kolmsten')?.type).toBe('other');
  });

  it('types a name described as a mission as other, but not one described as its operator', () => {
    const found = byName([
      'Data will feed into Amber Watch, the alliance’s patrol mission in the Baltic.',
      'Contracts went to Norvane Orbital, a satellite operator based in Kiruna.',
    ]);
    expect(found.get('Amber Watch')?.type).toBe('other');
    expect(found.get('Norvane Orbital')?.type).not.toBe('other');
  });

  it('keeps an acronym before "mission" an organization', () => {
    expect(byName(['Monitors from the OSCE mission left.']).get('OSCE')?.type).toBe('organization');
  });

  it('drops a compound of demonyms from the front of a name', () => {
    const found = byName(['The Japanese-European Tsukimi lander touched down.']);
    expect(found.get('Tsukimi')?.type).toBe('other');
    expect(found.has('Japanese-European Tsukimi')).toBe(false);
  });
});
