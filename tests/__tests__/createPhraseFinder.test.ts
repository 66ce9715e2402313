import { describe, expect, it } from 'vitest';
import { createPhraseFinder } from '../../src/engine/createPhraseFinder.js';

const words = createPhraseFinder(['aws', 'microsoft', 'microsoft azure', 'azure', 'big 4', 'h100'], true);
const anywhere = createPhraseFinder(['微软', '微软云', '云', '亚马逊云'], false);
const phrases = (found: ReturnType<typeof words>) => found.map((f) => `${f.start}:${f.phrase}`);

describe('createPhraseFinder', () => {
  it('GIVEN phrases sharing a start WHEN found THEN the longest one there wins and the scan goes on after it', () => {
    expect(phrases(words('is microsoft azure on aws'))).toEqual(['3:microsoft azure', '22:aws']);
    expect(phrases(anywhere('微软云和亚马逊云'))).toEqual(['0:微软云', '4:亚马逊云']);
  });

  it('GIVEN word-bounded phrases WHEN one touches a Latin letter or digit THEN it is not found there', () => {
    expect(phrases(words('new laws, awsome, aws2, 2aws'))).toEqual([]);
    expect(phrases(words('生产h100吗, big 4!'))).toEqual(['2:h100', '9:big 4']);
  });

  it('GIVEN a longer phrase that fails its boundary WHEN a shorter one fits THEN the shorter is found', () => {
    const bounded = createPhraseFinder(['big', 'big 4'], true);
    expect(phrases(bounded('big 40'))).toEqual(['0:big']);
  });

  it('GIVEN phrases found anywhere WHEN inside other text THEN they are found without boundaries', () => {
    expect(phrases(anywhere('用微软的云'))).toEqual(['1:微软', '4:云']);
  });
});
