/**
 * DOM ids of mention marks, shared by the story text (which renders them) and the entity
 * sidebar (which scrolls to them), so neither has to know the other's markup.
 */
export function mentionElementId(entityId: string, index: number): string {
  return `mention-${entityId}-${index}`;
}
