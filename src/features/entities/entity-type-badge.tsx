import type { EntityType } from '../../news/schema/entity';
import { ENTITY_TYPE_LABEL, ENTITY_TYPE_TONE } from './entity-type';

const ICON_PATHS: Record<EntityType, string> = {
  person: 'M8 8.5a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2.5 14c.8-3 3-4.5 5.5-4.5s4.7 1.5 5.5 4.5',
  organization: 'M3 14V2.5h7V14M10 6.5h3V14M1.5 14h13M5.5 5h2M5.5 7.75h2M5.5 10.5h2',
  place: 'M8 14.5s-4.5-4.3-4.5-8a4.5 4.5 0 0 1 9 0c0 3.7-4.5 8-4.5 8ZM8 8a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z',
  other: 'M2 2h5.5l6.5 6.5-5.5 5.5L2 7.5V2ZM5 5.5h.01',
};

interface EntityTypeBadgeProps {
  type: EntityType;
  /** shown: icon and word; hidden: icon, word for screen readers only; none: icon only, the caller says the type. */
  label?: 'shown' | 'hidden' | 'none';
}

/** The type as an icon (colour and shape, never colour alone) plus its name for every reader. */
export function EntityTypeBadge({ type, label = 'shown' }: EntityTypeBadgeProps) {
  return (
    <span className={`inline-flex shrink-0 items-center gap-1 text-xs font-medium ${ENTITY_TYPE_TONE[type]}`}>
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={ICON_PATHS[type]} />
      </svg>
      {label !== 'none' && (
        <span className={label === 'hidden' ? 'sr-only' : undefined}>{ENTITY_TYPE_LABEL[type].one}</span>
      )}
    </span>
  );
}
