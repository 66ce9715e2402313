import { z } from 'zod';
import { LANGS } from '../i18n/langs.js';

/** `#rgb` or `#rrggbb`: colours end up in SVG attributes, so nothing else is let through. */
const hexColor = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'expected a #rgb or #rrggbb colour');

export const chartGroupSchema = z.object({
  /** What `bar.group` refers to. */
  id: z.string().min(1),
  /** Shown in the legend. */
  label: z.string().min(1),
  /** Overrides the palette colour for this group. */
  color: hexColor.optional(),
});

export const chartBarSchema = z
  .object({
    /** Category name, shown left of the bar; long names wrap onto two lines. */
    label: z.string().min(1),
    /** A single figure. With `min`/`max` too, the range is drawn as an error bar over it. */
    value: z.number().finite().nonnegative().optional(),
    /** Low end of a range; without `value` the bar is solid to `min` and hatched from `min` to `max`. */
    min: z.number().finite().nonnegative().optional(),
    /** High end of a range; always given together with `min`. */
    max: z.number().finite().nonnegative().optional(),
    /** A `groups[].id`: groups get distinct colours and a legend; bars are never stacked. */
    group: z.string().optional(),
    /** Drawn in the accent colour (or outlined in it, when the bar's colour already means a group). */
    highlight: z.boolean().optional(),
    /** Another estimate of a figure drawn elsewhere on the chart (Meta's "some say" 100,000): shown, never counted in a total. */
    variant: z.boolean().optional(),
    /** Preformatted text at the end of the bar, e.g. `5万`, `50,000`, `1万–2.5万`; derived from the figures if absent. */
    valueLabel: z.string().optional(),
  })
  .superRefine((bar, ctx) => {
    const hasMin = bar.min !== undefined;
    const hasMax = bar.max !== undefined;
    if (hasMin !== hasMax) {
      ctx.addIssue({
        code: 'custom',
        message: 'min and max must be given together',
        path: [hasMin ? 'max' : 'min'],
      });
    }
    if (bar.value === undefined && !(hasMin && hasMax)) {
      ctx.addIssue({ code: 'custom', message: 'a bar needs a value or a min/max range', path: ['value'] });
    }
    if (bar.min !== undefined && bar.max !== undefined && bar.min > bar.max) {
      ctx.addIssue({ code: 'custom', message: 'min must not exceed max', path: ['min'] });
    }
  });

export const chartSpecSchema = z
  .object({
    /** Bold heading; wraps onto at most two lines. */
    title: z.string().min(1),
    /** Grey line under the title, e.g. the article section. */
    subtitle: z.string().optional(),
    /** Language of the chart's own words (range legend, default number formatting). */
    lang: z.enum(LANGS),
    groups: z.array(chartGroupSchema).optional(),
    /** Legend entry for highlighted bars, e.g. `Asked about: OpenAI`; no entry when absent. */
    highlightLabel: z.string().optional(),
    bars: z.array(chartBarSchema).min(1).max(30),
    /** Bold line under the bars, e.g. the total. */
    summary: z.string().optional(),
    /** Small lines at the bottom (notes, the source); each wraps as needed. */
    caption: z.array(z.string()),
  })
  .superRefine((spec, ctx) => {
    const ids = new Set<string>();
    spec.groups?.forEach((group, i) => {
      if (ids.has(group.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate group id "${group.id}"`,
          path: ['groups', i, 'id'],
        });
      }
      ids.add(group.id);
    });
    spec.bars.forEach((bar, i) => {
      if (bar.group !== undefined && !ids.has(bar.group)) {
        ctx.addIssue({
          code: 'custom',
          message: `bar group "${bar.group}" is not one of groups[].id`,
          path: ['bars', i, 'group'],
        });
      }
    });
  });

/** A horizontal bar chart, described in data only so that it can come from JSON. */
export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type ChartBar = z.infer<typeof chartBarSchema>;
export type ChartGroup = z.infer<typeof chartGroupSchema>;
export type ChartLang = ChartSpec['lang'];
