import type { Bilingual, Topic } from '../knowledge/schema.js';

/** A heading for each topic, in both languages. */
export const TOPIC_TITLES: Readonly<Record<Topic, Bilingual>> = {
  'gpu-choice': { en: 'Which GPUs people want', zh: '人们需要哪些 GPU' },
  gap: { en: 'The H100 shortage', zh: 'H100 缺口' },
  'who-needs': { en: 'Who needs H100s', zh: '谁需要 H100' },
  demand: { en: 'H100 demand', zh: 'H100 需求' },
  'demand-total': { en: 'Total H100 demand', zh: 'H100 总需求' },
  price: { en: 'What an H100 costs', zh: 'H100 的价格' },
  'not-counted': { en: 'Demand the total leaves out', zh: '总数未计入的需求' },
  holdings: { en: 'GPUs they have', zh: '已有多少 GPU' },
  supply: { en: 'What limits supply', zh: '供应瓶颈' },
  foundry: { en: 'Who makes the H100', zh: '谁制造 H100' },
  'training-factors': { en: 'What matters for training', zh: '训练看重什么' },
  performance: { en: 'H100 vs A100', zh: 'H100 对比 A100' },
  'why-not-amd': { en: 'Why not AMD?', zh: '为啥不买 AMD？' },
  'cloud-usage': { en: 'Which clouds AI companies use', zh: 'AI 公司用哪家云' },
  source: { en: 'Source', zh: '来源' },
};
