interface Rule {
  allow: boolean;
  pattern: RegExp;
  length: number;
}

export interface RobotsRules {
  groups: { agents: string[]; rules: Rule[] }[];
}

const MAX_LINES = 10_000;

/** robots.txt -> groups of user agents and their Allow/Disallow rules (wildcards * and $ included). */
export function parseRobots(text: string): RobotsRules {
  const groups: RobotsRules['groups'] = [];
  let current: RobotsRules['groups'][number] | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/).slice(0, MAX_LINES)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current || (field !== 'allow' && field !== 'disallow')) continue;
    // An empty Disallow allows everything: it adds no rule.
    if (value === '') continue;
    current.rules.push({ allow: field === 'allow', pattern: toPattern(value), length: value.length });
  }
  return { groups };
}

/**
 * Whether `agent` (a product token such as "lede") may fetch `pathAndQuery`: the group naming the
 * agent, else the '*' group; the longest matching rule decides and Allow wins a tie.
 */
export function robotsAllow(rules: RobotsRules, agent: string, pathAndQuery: string): boolean {
  const token = agent.toLowerCase();
  const group =
    rules.groups.find((g) => g.agents.some((a) => a !== '*' && token.startsWith(a))) ??
    rules.groups.find((g) => g.agents.includes('*'));
  if (!group) return true;
  let best: Rule | null = null;
  for (const rule of group.rules) {
    if (!rule.pattern.test(pathAndQuery)) continue;
    if (!best || rule.length > best.length || (rule.length === best.length && rule.allow)) best = rule;
  }
  return best?.allow ?? true;
}

function toPattern(path: string): RegExp {
  const anchored = path.endsWith('$');
  const body = (anchored ? path.slice(0, -1) : path)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}
