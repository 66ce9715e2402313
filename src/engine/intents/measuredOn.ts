import type { Slots } from '../slots.js';

/** A break between clauses: a figure and a GPU on either side of it are not said of each other. */
const CLAUSE_BREAK = /[,，;；。?？!！]/u;

/**
 * The GPU a figure the user gives (a job's time, a rate of work) was measured on: the A100 or H100 named
 * nearest it, in its own clause ("23 days on A100s … on H100s?", "H100快3.5倍, 那原来A100推理要7秒的请求,
 * H100大概几秒?"); ties go to the one before ("H100上训练要12小时的活, 用A100要多久").
 */
export function measuredOn(
  s: Slots,
  figure: { readonly start: number; readonly end: number },
): 'a100' | 'h100' | undefined {
  const text = s.reading.text;
  const nearest = s.reading.entities
    .filter((m) => m.start >= 0 && (m.entity.id === 'a100' || m.entity.id === 'h100'))
    .map((m) => {
      const before = m.start < figure.start;
      const between = before
        ? text.slice(m.start + m.text.length, figure.start)
        : text.slice(figure.end, m.start);
      return {
        id: m.entity.id,
        far: between.length + (CLAUSE_BREAK.test(between) ? 100 : 0) + (before ? 0 : 0.5),
      };
    })
    .sort((a, b) => a.far - b.far)[0]?.id;
  return nearest === 'a100' || nearest === 'h100' ? nearest : undefined;
}
