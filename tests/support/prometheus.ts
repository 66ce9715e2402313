import parsePrometheusTextFormat, {
  type PrometheusFamily,
  type PrometheusSample,
} from 'parse-prometheus-text-format';

/** A scrape parsed by a Prometheus text-format parser, with lookups by name and labels. */
export interface Scrape {
  readonly families: readonly PrometheusFamily[];
  family(name: string): PrometheusFamily | undefined;
  /** The samples of series `name` (a histogram's `x_count`, `x_bucket`…) whose labels include `labels`. */
  samples(name: string, labels?: Readonly<Record<string, string>>): readonly PrometheusSample[];
  /** The sum of the matching counters' or gauges' values (0 when none match). */
  value(name: string, labels?: Readonly<Record<string, string>>): number;
  /** The matching histograms' total count. */
  count(name: string, labels?: Readonly<Record<string, string>>): number;
}

export function parseScrape(text: string): Scrape {
  const families = parsePrometheusTextFormat(text);
  const family = (name: string) => families.find((f) => f.name === name);
  // The parser folds a histogram's series into one and drops their labels; read as untyped, each
  // `_bucket`, `_sum` and `_count` series keeps its labels (interleaved, so one name comes back in
  // several runs).
  const series = parsePrometheusTextFormat(text.replace(/^(# TYPE \S+) histogram$/gm, '$1 untyped'));
  const samples = (name: string, labels: Readonly<Record<string, string>> = {}) =>
    series
      .filter((f) => f.name === name)
      .flatMap((f) => f.metrics)
      .filter((sample) => Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value));
  return {
    families,
    family,
    samples,
    value: (name, labels) => samples(name, labels).reduce((sum, s) => sum + Number(s.value ?? 0), 0),
    count: (name, labels) =>
      samples(`${name}_count`, labels).reduce((sum, s) => sum + Number(s.value ?? 0), 0),
  };
}
