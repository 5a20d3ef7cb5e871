export { extractEntities } from './extract-entities';
export type { EntityType, ExtractedEntity } from './types';
