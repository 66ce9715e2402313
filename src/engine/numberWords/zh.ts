/** Chinese numerals (Simplified; Traditional input is converted before reading). */
export const ZH_NUMBER_WORDS = {
  digits: { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
  /** Units inside a section below 10,000. */
  small: { 十: 10, 百: 100, 千: 1000 },
  /** Section units: 万 and 亿 multiply everything before them. */
  large: { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 },
  /** The decimal point as said: 三点五万 is 3.5万. */
  point: '点',
  /** Counts said in dozens, before what is counted: "一打 H100", "半打卡". */
  dozens: { 半打: 6, 一打: 12, 两打: 24 },
} as const;
