import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderAnswerReply } from '../../src/discord/renderDiscordReply.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { LANGS } from '../../src/i18n/langs.js';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge.js';
import { VISIBLE_LIMIT } from '../../src/render/visiblePart.js';

const kb = loadKnowledge(fileURLToPath(new URL('../../knowledge/', import.meta.url)));
const engine = createEngine(kb);

describe('replies to questions too long for a button', () => {
  // Over 90 characters the question does not fit a custom id, so there is no Details button.
  const question =
    'If each of the four large clouds wanted 40,000 instead of 30,000, what would the total demand become at the end?';

  it.each(LANGS)(
    'GIVEN a long question (%s) WHEN rendered THEN the working goes to fields and the visible part stays short',
    (lang) => {
      const reply = renderAnswerReply(engine.ask(question), lang, kb, { query: question });
      const embed = reply.message.embeds?.[0];
      const ids = (reply.message.components ?? []).flatMap((row) =>
        row.components.map((c) => ('custom_id' in c ? c.custom_id : '')),
      );

      expect(ids.some((id) => id.startsWith('h1|d|'))).toBe(false);
      expect([...`${embed?.title ?? ''}\n${embed?.description ?? ''}`].length).toBeLessThan(
        VISIBLE_LIMIT[lang],
      );
      // Nothing is lost: the arithmetic and the article's words are in the fields.
      const fields = (embed?.fields ?? []).map((f) => f.value).join('\n');
      expect(fields).toMatch(/472[,.]?000|47\.2万|47\.2萬/);
      expect(fields).toContain('>');
    },
  );
});
