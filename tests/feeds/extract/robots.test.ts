// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseRobots, robotsAllow } from '../../../src/feeds/extract/robots';

const TEXT = `# a comment
User-agent: *
Disallow: /private/
Allow: /private/open$
Disallow: /*.pdf$

User-agent: BadBot
User-agent: Lede
Disallow: /no-lede/
Allow: /no-lede/except
`;

describe('robots.txt', () => {
  const rules = parseRobots(TEXT);

  it('uses the group that names Lede, else *', () => {
    expect(robotsAllow(rules, 'lede', '/no-lede/story')).toBe(false);
    expect(robotsAllow(rules, 'lede', '/private/story')).toBe(true);
    expect(robotsAllow(rules, 'otherbot', '/private/story')).toBe(false);
    expect(robotsAllow(rules, 'otherbot', '/no-lede/story')).toBe(true);
  });

  it('lets the longest rule decide, with wildcards and end anchors', () => {
    expect(robotsAllow(rules, 'lede', '/no-lede/except/this')).toBe(true);
    expect(robotsAllow(rules, 'otherbot', '/private/open')).toBe(true);
    expect(robotsAllow(rules, 'otherbot', '/private/open/more')).toBe(false);
    expect(robotsAllow(rules, 'otherbot', '/files/report.pdf')).toBe(false);
    expect(robotsAllow(rules, 'otherbot', '/files/report.pdf?x=1')).toBe(true);
  });

  it('allows everything for an empty file or an empty Disallow', () => {
    expect(robotsAllow(parseRobots(''), 'lede', '/anything')).toBe(true);
    expect(robotsAllow(parseRobots('User-agent: *\nDisallow:\n'), 'lede', '/anything')).toBe(true);
  });
});
