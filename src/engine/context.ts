import type { KnowledgeBase } from '../knowledge/knowledgeBase.js';
import type { Lang } from './lang.js';
import type { Lexicon } from './lexicon.js';

/** What every answer builder needs: the knowledge, its lexicon, and the question being answered. */
export interface AskContext {
  readonly kb: KnowledgeBase;
  readonly lexicon: Lexicon;
  readonly question: string;
  readonly lang: Lang;
}
