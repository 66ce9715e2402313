/** The price said halved: "price got cut in half", "单价减半", "半价". */
export const PRICE_HALVED =
  /(?:\bprices?\b|\bcosts?\b|单价|价格|售价)[^,.;?，。？]{0,20}(?:\bcut in half\b|\bhalved\b|\bhalves\b|\bhalf\b|减半|砍半|砍一半|腰斩|打(?:个)?(?:五折|对折))|\bhalf[- ]price\b|半价/u;

/** The price said doubled: "price doubles", "价格翻倍". */
export const PRICE_DOUBLED =
  /(?:\bprices?\b|\bcosts?\b|单价|价格|售价)[^,.;?，。？]{0,20}(?:\bdoubled?\b|\bdoubles\b|翻倍|翻一倍|涨一倍)/u;

const PRICE_FACTOR = new RegExp(`${PRICE_HALVED.source}|${PRICE_DOUBLED.source}`, 'gu');

/**
 * The text with a factor said of the price blanked out ("if prices doubled, what would meta's 25k
 * cost": the doubling is the price's, not Meta's), each character kept in place as a space so that
 * positions in it still match the reading's.
 */
export function withoutPriceFactor(text: string): string {
  return text.replace(PRICE_FACTOR, (m) => ' '.repeat(m.length));
}
