/**
 * What an attacker's text must not become in a Discord message: each pattern is something Discord
 * would render as a link, a mention pill, a highlighted mass mention or formatting.
 */
export const LIVE_MARKUP: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'masked link', pattern: /(?<!\\)\[[^\]]*(?<!\\)\]\(/ },
  { name: 'bare URL', pattern: /\b[a-z][a-z\d+.-]*:\/\//i },
  { name: 'user, role, channel or command mention', pattern: /<[@#/]/ },
  { name: '@everyone or @here', pattern: /@(everyone|here)/i },
  { name: 'code', pattern: /(?<!\\)`/ },
  { name: 'spoiler', pattern: /(?<!\\)\|\|/ },
  { name: 'bold or italics', pattern: /(?<!\\)[*_]/ },
  { name: 'heading at a line start', pattern: /^#/m },
];

/** The attacks the tests echo, each with a marker word that shows where it landed. */
export const ATTACKS = {
  maskedLink: '[Verify your account](https://evil.example/login) @everyone',
  bareUrl: 'see https://evil.example/free-gpus now',
  mentions:
    'ping <@123456789012345678> <@!123456789012345678> <@&223456789012345678> <#323456789012345678> @here',
  codeFence: '```js\nfetch("https://evil.example")\n```',
  spoiler: '||click https://evil.example||',
  heading: '# FREE H100s\n> quoted **bold** _it_',
  commandMention: '</ask:423456789012345678> and <https://evil.example>',
} as const;

/** The text a reply quotes between “…” or 「…」: where the user's words are echoed. */
export function echoedParts(text: string): string[] {
  return [...text.matchAll(/“([^”]*)”|「([^」]*)」/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** The names of the live markup in `text` (empty when the text is inert). */
export function liveMarkup(text: string): string[] {
  return LIVE_MARKUP.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}
