/** Site owners read this in their logs: it names Lede and where to learn what it is. */
export const LEDE_INFO_URL = 'https://github.com/lede-reader/lede';

export function ledeUserAgent(infoUrl: string = LEDE_INFO_URL): string {
  return `Lede/0.1 (news reader; +${infoUrl})`;
}
