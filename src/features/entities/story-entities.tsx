import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FeedSearch } from '../../news/feed-search';
import { newsQueries } from '../../news/queries';
import { useNewsSource } from '../../news/source-context';
import { BoundedList } from '../../ui/bounded-list';
import { ENTITY_TYPE_LABEL } from './entity-type';
import { EntityTypeBadge } from './entity-type-badge';
import { groupEntities } from './group-entities';
import { StoryEntityItem } from './story-entity-item';
import { muted } from './styles';

export interface StoryEntitiesProps {
  articleId: string;
  search: FeedSearch;
  highlightedEntityId: string | null;
  onHighlight: (entityId: string | null) => void;
  /** sidebar: the right column on wide screens; collapsible: "People and places" under the headline. */
  variant: 'sidebar' | 'collapsible';
}

/** The most salient of each type shown at once; the rest wait behind "Show all". */
const TOP_PER_TYPE = 8;

/** Who is in the open story, grouped by type and ranked by how central each is to it. */
export function StoryEntities({ articleId, search, highlightedEntityId, onHighlight, variant }: StoryEntitiesProps) {
  const source = useNewsSource();
  // The story view reads the same query, so this is normally a cache hit.
  const { data: story } = useSuspenseQuery(newsQueries.story(source, articleId));
  const groups = useMemo(() => groupEntities(story.entities), [story.entities]);
  // Under the summary there is no h2 to sit beneath, so the groups take that level.
  const GroupHeading = variant === 'sidebar' ? 'h3' : 'h2';

  const note = story.entitiesDetected ? (
    <p className={`mb-3 text-sm ${muted}`}>Detected automatically from the text; names and roles may be imperfect.</p>
  ) : null;
  const list =
    groups.length === 0 ? (
      <p className={`text-sm ${muted}`}>No people, organizations or places were found in this story.</p>
    ) : (
      <div className="space-y-4">
        {groups.map((group) => (
          <section key={group.type} aria-labelledby={`story-entities-${variant}-${group.type}`}>
            <GroupHeading
              id={`story-entities-${variant}-${group.type}`}
              className="flex items-center gap-1.5 text-xs font-semibold tracking-wide uppercase"
            >
              <EntityTypeBadge type={group.type} label="none" />
              <span>{ENTITY_TYPE_LABEL[group.type].many}</span>
            </GroupHeading>
            <BoundedList
              items={group.entities}
              initial={TOP_PER_TYPE}
              listClassName="mt-1 space-y-1"
              gap={4}
              estimateSize={110}
              showAllLabel={`Show all ${group.entities.length.toLocaleString('en-US')} ${ENTITY_TYPE_LABEL[group.type].many.toLowerCase()}`}
              renderItem={(entity, row) => (
                <StoryEntityItem
                  key={entity.id}
                  entity={entity}
                  search={search}
                  highlighted={entity.id === highlightedEntityId}
                  onHighlight={onHighlight}
                  row={row}
                />
              )}
            />
          </section>
        ))}
      </div>
    );
  const content = (
    <>
      {note}
      {list}
    </>
  );

  if (variant === 'collapsible') {
    return (
      <details className="group rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-3 font-semibold [&::-webkit-details-marker]:hidden">
          <span aria-hidden="true" className="transition-transform group-open:rotate-90 motion-reduce:transition-none">
            ▸
          </span>
          People and places ({story.entities.length})
        </summary>
        <div className="border-t border-stone-200 p-3 dark:border-stone-800">{content}</div>
      </details>
    );
  }

  return (
    <div className="@5xl:max-h-[calc(100vh-6rem)] @5xl:overflow-y-auto @5xl:p-1">
      <h2 className="mb-3 text-lg font-bold">In this story</h2>
      {content}
    </div>
  );
}
