/**
 * Cantonese words as written in Hong Kong chat, and their Standard Written Chinese (Simplified) forms,
 * longest first when they overlap. A resource, like the number words: the reader turns "四大雲加埋要幾多張"
 * into "四大云加起来要多少张" before anything else reads it.
 */
export const YUE_TO_MANDARIN = {
  係咪: '是不是',
  系咪: '是不是',
  幾多: '多少',
  几多: '多少',
  邊間: '哪间',
  边间: '哪间',
  邊個: '哪个',
  边个: '哪个',
  加埋: '加起来',
  乜嘢: '什么',
  佢哋: '他们',
  嘅: '的',
  嗰: '那',
  𠮶: '那',
  冇: '没有',
  咩: '什么',
  喺: '在',
  唔: '不',
  啲: '些',
  㗎: '',
  嚟: '来',
  咗: '了',
} as const satisfies Record<string, string>;
