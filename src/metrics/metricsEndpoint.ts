/** What `GET /metrics` serves: Prometheus's text format, rendered on each scrape. */
export interface MetricsEndpoint {
  readonly contentType: string;
  render(): Promise<string>;
}
