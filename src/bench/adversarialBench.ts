import type { Engine } from '../engine/createEngine.js';
import type { AdversarialInput } from './adversarialCorpus.js';
import { median } from './stats.js';

/** The engine's median time on one input, for `ask` (a question) and `suggest` (autocomplete). */
export interface AdversarialTiming {
  readonly name: string;
  readonly askMs: number;
  readonly suggestMs: number;
}

/**
 * Times the public engine API, unbounded by any adapter, on each adversarial input: `runs` calls of
 * `ask` and of `suggest` after one untimed pass over them all, median of each. The worst of these is how long one hostile request could
 * hold the event loop if an entry point forgot its bound.
 */
export function benchAdversarial(
  engine: Engine,
  corpus: readonly AdversarialInput[],
  runs: number,
): AdversarialTiming[] {
  engine.ask('which cloud does Anthropic use?');
  // One untimed pass first: each input's first run compiles the paths it takes, which a process
  // pays once, not per request.
  for (const { text } of corpus) {
    engine.ask(text);
    engine.suggest(text);
  }
  return corpus.map(({ name, text }) => {
    const ask: number[] = [];
    const suggest: number[] = [];
    for (let i = 0; i < runs; i++) {
      let start = performance.now();
      engine.ask(text);
      ask.push(performance.now() - start);
      start = performance.now();
      engine.suggest(text);
      suggest.push(performance.now() - start);
    }
    return { name, askMs: median(ask), suggestMs: median(suggest) };
  });
}
