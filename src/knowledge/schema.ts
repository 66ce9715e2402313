import { z } from 'zod';

/** Article sections: 01 who needs, 02 how many wanted, 03 how many they have, 04 who supplies, 05 other. */
export const SectionIdSchema = z.enum(['00', '01', '02', '03', '04', '05']);
export type SectionId = z.infer<typeof SectionIdSchema>;

/**
 * Text in the bot's languages: English and Simplified Chinese; Traditional Chinese is converted
 * from `zh` unless the file gives its own `zh-Hant` (for wording conversion gets wrong).
 */
export const BilingualSchema = z.strictObject({
  en: z.string().min(1),
  zh: z.string().min(1),
  'zh-Hant': z.string().min(1).optional(),
});
export type Bilingual = z.infer<typeof BilingualSchema>;

const idPattern = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
export const IdSchema = z.string().regex(idPattern, 'ids are lowercase words joined by "." or "-"');

export const EntityKindSchema = z.enum(['company', 'cloud', 'foundry', 'gpu', 'model', 'group', 'person']);
export type EntityKind = z.infer<typeof EntityKindSchema>;

/** Anything a question can name: a company, a cloud, a GPU, a model, a group of companies. */
export const EntitySchema = z.strictObject({
  id: IdSchema,
  kind: EntityKindSchema,
  name: BilingualSchema,
  /** Other spellings in either language, the article's own misspellings included; matched case-insensitively. */
  aliases: z.array(z.string().min(1)).default([]),
  /** True when the article itself names the entity (false for well-known entities it does not cover). */
  inArticle: z.boolean().default(true),
  /** For a group the article names as a list ("三大云巨头: Azure, Google Cloud, AWS"): the ids of its members. */
  members: z.array(IdSchema).default([]),
});
export type Entity = z.infer<typeof EntitySchema>;

export const GpuModelSchema = z.enum(['H100', 'A100', 'H800', 'H100/A100']);
export type GpuModel = z.infer<typeof GpuModelSchema>;

export const UnitSchema = z.enum(['gpus', 'usd', 'usd-per-gpu', 'times', 'gpus-per-server']);
export type Unit = z.infer<typeof UnitSchema>;

/** A single number or an inclusive range, as the article states it. */
export const QuantitySchema = z.union([
  z.strictObject({ value: z.number().positive() }),
  z
    .strictObject({ min: z.number().positive(), max: z.number().positive() })
    .refine((q) => q.min < q.max, { message: 'min must be below max' }),
]);
export type Quantity = z.infer<typeof QuantitySchema>;

/** How firmly the article states a fact; rendered next to the number. */
export const HedgeSchema = z.enum([
  'none',
  'maybe',
  'about',
  'per-musk',
  'some-say',
  'booked-not-delivered',
  'conservative',
  'similar',
  'at-least',
]);
export type Hedge = z.infer<typeof HedgeSchema>;

export const TopicSchema = z.enum([
  'gpu-choice',
  'gap',
  'who-needs',
  'demand',
  'demand-total',
  'price',
  'not-counted',
  'holdings',
  'supply',
  'foundry',
  'training-factors',
  'performance',
  'why-not-amd',
  'cloud-usage',
  'source',
]);
export type Topic = z.infer<typeof TopicSchema>;

export const MetricSchema = z.enum([
  'h100-demand',
  'h100-demand-high',
  'h100-demand-total',
  'h100-price',
  'demand-value',
  'h800-demand',
  'gpu-demand',
  'most-popular-gpu',
  'h100-gap',
  'source-title',
  'source-url',
  'source-publisher',
  'gpus-needed',
  'cloud',
  'training-gpus',
  'training-gpus-needed',
  'a100-holdings',
  'h100-holdings',
  'gpu-allocation',
  'bottleneck',
  'foundry',
  'training-factors',
  'speedup-16bit-inference',
  'speedup-16bit-training',
  /** How many GPUs one server of the model wanted holds: the 8 of "8-GPU HGX H100 SXM". */
  'gpus-per-server',
]);
export type Metric = z.infer<typeof MetricSchema>;

/** One fact of the article, with the article's own words it rests on. */
export const FactSchema = z
  .strictObject({
    id: IdSchema,
    section: SectionIdSchema,
    topic: TopicSchema,
    /** The entity the fact is about (who wants, who has, who uses). */
    subject: IdSchema.optional(),
    /** Entities the subject relates to: the clouds a company uses, the companies a group lists. */
    objects: z.array(IdSchema).default([]),
    /** What is measured: a closed list, so a typo in a knowledge file fails validation. */
    metric: MetricSchema.optional(),
    gpu: GpuModelSchema.optional(),
    quantity: QuantitySchema.optional(),
    unit: UnitSchema.optional(),
    hedge: HedgeSchema.default('none'),
    text: BilingualSchema,
    /** Verbatim substring of the article text. */
    quote: z.string().min(1),
    /** Caveat ids shown wherever this fact is shown. */
    caveats: z.array(IdSchema).default([]),
  })
  .refine((f) => (f.quantity === undefined) === (f.unit === undefined), {
    message: 'quantity and unit go together',
    path: ['unit'],
  });
export type Fact = z.infer<typeof FactSchema>;

export const FactFileSchema = z.strictObject({
  $schema: z.string().optional(),
  facts: z.array(FactSchema).min(1),
});

export const CaveatSchema = z.strictObject({
  id: IdSchema,
  text: BilingualSchema,
  /** Verbatim substring of the article the caveat points at, when there is one. */
  quote: z.string().min(1).optional(),
});
export type Caveat = z.infer<typeof CaveatSchema>;

export const CaveatFileSchema = z.strictObject({
  $schema: z.string().optional(),
  caveats: z.array(CaveatSchema).min(1),
});

export const EntityFileSchema = z.strictObject({
  $schema: z.string().optional(),
  entities: z.array(EntitySchema).min(1),
});

export const SectionSchema = z.strictObject({ id: SectionIdSchema, title: BilingualSchema });

export const SourceSchema = z.strictObject({
  $schema: z.string().optional(),
  title: BilingualSchema,
  /** Who wrote the original analysis. */
  author: z.string().min(1),
  url: z.url(),
  /** The publication whose Chinese summary the facts are taken from. */
  via: BilingualSchema,
  asOf: BilingualSchema,
  sections: z.array(SectionSchema).min(1),
  /** The article text the quotes are checked against. */
  articleFile: z.string().min(1),
});
export type Source = z.infer<typeof SourceSchema>;
