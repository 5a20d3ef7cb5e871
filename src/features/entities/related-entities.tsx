import { Link } from '@tanstack/react-router';
import type { Entity } from '../../news/schema/entity';
import { ENTITY_TYPE_LABEL } from './entity-type';
import { EntityTypeBadge } from './entity-type-badge';
import { BoundedList } from '../../ui/bounded-list';
import { countOf } from './format';
import { muted } from './styles';

/** A backend may list thousands; the closest few show at once. */
const TOP_RELATED = 12;

/** Who shares stories with this entity; each opens the feed narrowed to the stories they share. */
export function RelatedEntities({ entity }: { entity: Entity }) {
  return (
    <section aria-labelledby="related-heading" className="@5xl:sticky @5xl:top-20 @5xl:self-start">
      <h2 id="related-heading" className="text-lg font-bold">
        Often in the same stories
      </h2>
      <p className={`text-sm ${muted}`}>Stories shared; choose one to read them.</p>
      {entity.related.length === 0 ? (
        <p className={`mt-2 text-sm ${muted}`}>No one else appears alongside this yet.</p>
      ) : (
        <BoundedList
          items={entity.related}
          initial={TOP_RELATED}
          listClassName="mt-2"
          estimateSize={44}
          showAllLabel={`Show all ${entity.related.length.toLocaleString('en-US')}`}
          renderItem={(other, row) => (
            <li key={other.id} {...row}>
              <Link
                to="/"
                search={{ entity: [entity.id, other.id] }}
                className="flex min-h-11 items-center gap-2 rounded-md px-2 hover:bg-stone-100 dark:hover:bg-stone-800"
              >
                <EntityTypeBadge type={other.type} label="none" />
                <span className="sr-only">
                  Stories with both <bdi>{entity.name}</bdi> and
                </span>{' '}
                <span dir="auto" className="min-w-0 flex-1 py-1 leading-snug font-medium">
                  {other.name}
                </span>{' '}
                <span className="sr-only">({ENTITY_TYPE_LABEL[other.type].one.toLowerCase()}):</span>{' '}
                <span aria-hidden="true" className={`shrink-0 text-sm tabular-nums ${muted}`}>
                  {other.count}
                </span>{' '}
                <span className="sr-only">{countOf(other.count, 'story', 'stories')}</span>
              </Link>
            </li>
          )}
        />
      )}
    </section>
  );
}
