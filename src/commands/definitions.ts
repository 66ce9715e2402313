import type { CommandDefinition } from './commandDefinition.js';

/**
 * Every slash command the bot offers. The deploy script, the Discord router and the engine's
 * `/command` text parser all read this one list.
 */
export const COMMANDS = [
  {
    name: 'ask',
    nameZh: '提问',
    description: {
      en: 'Ask anything about the H100 supply and demand article',
      zh: '就 H100 供需文章随便提问',
    },
    options: [
      {
        name: 'question',
        nameZh: '问题',
        type: 'string',
        required: true,
        maxLength: 6000,
        description: { en: 'Your question, in English or Chinese', zh: '你的问题，中英文皆可' },
      },
    ],
  },
  {
    name: 'who-uses',
    nameZh: '谁在用',
    description: { en: 'Which AI companies use a cloud', zh: '哪些 AI 公司在用某家云' },
    options: [
      {
        name: 'cloud',
        nameZh: '云',
        type: 'string',
        required: true,
        autocomplete: 'cloud',
        description: { en: 'A cloud, e.g. Azure, AWS, Google Cloud', zh: '云厂商，例如 Azure、AWS、谷歌云' },
      },
    ],
  },
  {
    name: 'cloud',
    nameZh: '用哪家云',
    description: { en: 'Which cloud an AI company uses', zh: '某家 AI 公司用哪家云' },
    options: [
      {
        name: 'company',
        nameZh: '公司',
        type: 'string',
        required: true,
        autocomplete: 'company',
        description: { en: 'A company, e.g. OpenAI, Anthropic', zh: '公司，例如 OpenAI、Anthropic' },
      },
    ],
  },
  {
    name: 'gap',
    nameZh: '缺口',
    description: { en: 'The H100 shortage and what it is worth', zh: 'H100 缺口有多大、价值多少' },
    options: [
      {
        name: 'price',
        nameZh: '价格',
        type: 'number',
        required: false,
        minValue: 1,
        maxValue: 10_000_000,
        description: {
          en: 'US dollars per H100 (default $35,000)',
          zh: '每张 H100 的美元价格（默认 3.5万）',
        },
      },
      {
        name: 'meta',
        nameZh: 'meta需求',
        type: 'string',
        required: false,
        choices: [
          {
            value: '100k',
            name: { en: 'Meta wants 100k (the article total)', zh: 'Meta 要 10万（文章总数）' },
          },
          { value: '25k', name: { en: 'Meta wants 25k', zh: 'Meta 要 2.5万' } },
        ],
        description: { en: 'Which figure to count for Meta', zh: 'Meta 的需求按哪个数算' },
      },
    ],
  },
  {
    name: 'demand',
    nameZh: '需求',
    description: {
      en: 'How many H100s a company wants, and what that costs',
      zh: '某公司要多少 H100，值多少钱',
    },
    options: [
      {
        name: 'company',
        nameZh: '公司',
        type: 'string',
        required: false,
        autocomplete: 'company',
        description: { en: 'A company or cloud (empty: everyone)', zh: '公司或云厂商（留空：全部）' },
      },
      {
        name: 'price',
        nameZh: '价格',
        type: 'number',
        required: false,
        minValue: 1,
        maxValue: 10_000_000,
        description: {
          en: 'US dollars per H100, to price the demand',
          zh: '每张 H100 的美元价格，用于估算花费',
        },
      },
    ],
  },
  {
    name: 'holdings',
    nameZh: '持有量',
    description: {
      en: 'How many GPUs a company, cloud or model has or used',
      zh: '公司、云或模型有多少 GPU',
    },
    options: [
      {
        name: 'company',
        nameZh: '公司',
        type: 'string',
        required: false,
        autocomplete: 'any',
        description: { en: 'A company, cloud or model (empty: all)', zh: '公司、云或模型（留空：全部）' },
      },
    ],
  },
  {
    name: 'compare',
    nameZh: '对比',
    description: { en: 'How much faster an H100 is than an A100', zh: 'H100 比 A100 快多少' },
    options: [
      {
        name: 'count',
        nameZh: '数量',
        type: 'integer',
        required: false,
        minValue: 1,
        maxValue: 100_000_000,
        description: { en: 'A number of H100s to express in A100s', zh: '换算成 A100 的 H100 数量' },
      },
      {
        name: 'workload',
        nameZh: '场景',
        type: 'string',
        required: false,
        choices: [
          { value: 'training', name: { en: '16-bit training', zh: '16-bit 训练' } },
          { value: 'inference', name: { en: '16-bit inference', zh: '16-bit 推理' } },
        ],
        description: { en: 'Training or inference', zh: '训练或推理' },
      },
    ],
  },
  {
    name: 'supply',
    nameZh: '供应',
    description: { en: 'Who makes the H100 and what limits supply', zh: '谁制造 H100，瓶颈在哪' },
    options: [],
  },
  {
    name: 'source',
    nameZh: '来源',
    description: { en: 'The article behind every answer', zh: '所有回答依据的文章' },
    options: [],
  },
  {
    name: 'topics',
    nameZh: '帮助',
    description: { en: 'What the bot can answer, with examples', zh: '机器人能回答什么，附示例' },
    options: [],
  },
] as const satisfies readonly CommandDefinition[];

/** The name of one of the bot's slash commands. */
export type CommandName = (typeof COMMANDS)[number]['name'];

type OptionsOf<N extends CommandName> = Extract<(typeof COMMANDS)[number], { name: N }>['options'][number];
type ValueOf<O> = O extends { choices: readonly { value: infer V }[] }
  ? V
  : O extends { type: 'string' }
    ? string
    : number;

/** The parsed arguments of a command, typed from its definition. */
export type CommandArgs<N extends CommandName> = {
  [O in OptionsOf<N> as O['name']]?: ValueOf<O>;
};

/** A command with its arguments, as the engine runs it. */
export type CommandInput = {
  [N in CommandName]: { readonly name: N; readonly args: CommandArgs<N> };
}[CommandName];

/** Looks a command up by its English or Chinese name. */
export function findCommand(name: string): (typeof COMMANDS)[number] | undefined {
  const key = name.toLowerCase();
  return COMMANDS.find((c) => c.name === key || c.nameZh === key);
}
