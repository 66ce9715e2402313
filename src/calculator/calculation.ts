/** What a number in a calculation counts. */
export type AmountUnit =
  | 'gpus'
  | 'usd'
  | 'usd-per-gpu'
  /** Chinese yuan, when the user priced in them ("按每张25万人民币算") or gave an exchange rate. */
  | 'cny'
  | 'cny-per-gpu'
  /** Hong Kong or New Taiwan dollars, when the user priced in them ("27萬港紙一張", "NT$1.1M each"). */
  | 'hkd'
  | 'hkd-per-gpu'
  | 'twd'
  | 'twd-per-gpu'
  /** Yuan to one US dollar: 7.2. */
  | 'cny-per-usd'
  /** Units of the user's currency to one US dollar: 7.8 Hong Kong dollars, 32 New Taiwan dollars. */
  | 'foreign-per-usd'
  | 'times'
  | 'a100-equivalents'
  | 'h100-equivalents'
  | 'percent'
  | 'duration'
  /** How many things a mean is taken over: "82,000 ÷ 3". */
  | 'entities'
  /** GPUs to one server: the 8 of an 8-GPU HGX. */
  | 'gpus-per-server'
  /** Whole servers: "142 ÷ 8 = 17". */
  | 'servers';

/** One number in a calculation, optionally labelled with the entity or fact it came from. */
export interface Amount {
  readonly value: number;
  readonly unit: AmountUnit;
  /** Entity id (or fact id) the number belongs to, so renderers can name it. */
  readonly label?: string;
}

/** One line of shown work: operands combined by an operator into a result. */
export interface Step {
  readonly op: 'sum' | 'subtract' | 'multiply' | 'divide';
  readonly operands: readonly Amount[];
  readonly result: Amount;
}

/** A derived number together with the steps that produced it. */
export interface Calculation {
  readonly kind:
    | 'gap-total'
    | 'gap-value'
    | 'demand-cost'
    | 'budget-gpus'
    | 'price-change'
    | 'scaled'
    | 'a100-equivalents'
    | 'h100-equivalents'
    | 'sum'
    | 'difference'
    | 'remainder'
    | 'ratio'
    | 'share'
    | 'average'
    | 'duration'
    | 'exchange'
    /** The user's own arithmetic worked again: "50k + 22k + 4 × 30k = ?". */
    | 'arithmetic'
    /** How many whole servers a count of GPUs fills. */
    | 'servers'
    /** How many periods a rate of GPUs takes to make up a count. */
    | 'periods'
    /** A time said in another unit: days in hours. */
    | 'time-unit'
    /** A rate of work (tokens a second) on the other GPU at the speed-up. */
    | 'throughput'
    /** What each GPU costs when a sum of money buys a count of them. */
    | 'unit-price';
  readonly result: Amount;
  readonly steps: readonly Step[];
}
