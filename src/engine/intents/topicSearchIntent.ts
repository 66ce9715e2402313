import { topic } from '../answers/topic.js';
import { topicSearch } from '../topicSearch.js';
import type { Intent } from './intent.js';

/**
 * A question no cue places but whose words are the article's own on one topic ("what did the two
 * CEOs answer?"): the facts on that topic, those sharing its words first. It scores below
 * every reading with a cue, so it only answers what would otherwise be abstained on, and its runner
 * abstains (returns nothing) unless the search finds a clear topic.
 */
export const topicSearchIntent = {
  id: 'topic-search',
  cues: {},
  patterns: [],
  // Names and figures have intents of their own; words the reading could not place are what is searched.
  needs: (s) => s.named.length === 0 && s.reading.names.length === 0,
  fit: () => 0.6,
  run: (ctx, s) => {
    const hit = topicSearch(ctx.kb)(s.reading.text);
    if (hit === undefined) return undefined;
    return topic(ctx, [hit.topic], undefined, (f) => hit.facts.includes(f));
  },
  examples: {
    en: ['what about the two CEO headings', 'so what did those two ceos answer'],
    zh: ['两位CEO的回答呢', '那两个CEO怎么回答的'],
  },
} as const satisfies Intent;
