import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { DISCORD_LIMITS, lengthOf, truncate } from './discordLimits.js';

/**
 * Makes an embed fit Discord's limits: each part is cut to its own limit, then, while the embed's
 * total is over 6,000 characters, the description is shortened and trailing fields are dropped.
 * The footer (the source) is kept whole, because every answer must name it.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const title = embed.title === undefined ? undefined : truncate(embed.title, DISCORD_LIMITS.title);
  let description =
    embed.description === undefined ? undefined : truncate(embed.description, DISCORD_LIMITS.description);
  const fields: APIEmbedField[] = (embed.fields ?? []).slice(0, DISCORD_LIMITS.fields).map((field) => ({
    ...field,
    name: truncate(field.name, DISCORD_LIMITS.fieldName),
    value: truncate(field.value, DISCORD_LIMITS.fieldValue),
  }));
  const footer =
    embed.footer === undefined
      ? undefined
      : { ...embed.footer, text: truncate(embed.footer.text, DISCORD_LIMITS.footer) };

  const total = () =>
    lengthOf(title ?? '') +
    lengthOf(description ?? '') +
    lengthOf(footer?.text ?? '') +
    lengthOf(embed.author?.name ?? '') +
    fields.reduce((sum, f) => sum + lengthOf(f.name) + lengthOf(f.value), 0);

  let excess = total() - DISCORD_LIMITS.embedTotal;
  if (excess > 0 && description !== undefined) {
    description = truncate(description, Math.max(200, lengthOf(description) - excess));
    excess = total() - DISCORD_LIMITS.embedTotal;
  }
  while (excess > 0 && fields.length > 0) {
    fields.pop();
    excess = total() - DISCORD_LIMITS.embedTotal;
  }
  return {
    ...embed,
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    ...(footer === undefined ? {} : { footer }),
    fields,
  };
}
