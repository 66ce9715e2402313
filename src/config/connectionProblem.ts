/** Network error codes that mean Discord could not be reached, with what each means in plain words. */
const NETWORK_CODES: Readonly<Record<string, string>> = {
  ENOTFOUND: 'its address could not be found',
  EAI_AGAIN: 'its address could not be looked up just now',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was cut',
  ETIMEDOUT: 'the connection timed out',
  ENETUNREACH: 'the network is unreachable',
};

/**
 * One plain sentence for a failure to reach Discord at start-up (no stack: the operator's fix is
 * the network or DISCORD_API_URL, not the code), or undefined for any other error, which is logged
 * in full.
 *
 * @param host - the host the bot tried, e.g. discord.com
 */
export function connectionProblem(error: unknown, host: string): string | undefined {
  const code =
    (error as { code?: unknown } | undefined)?.code ??
    (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  if (typeof code !== 'string') return undefined;
  const meaning = NETWORK_CODES[code];
  if (meaning === undefined) return undefined;
  return `Could not reach Discord at ${host}: ${meaning} (${code}). Check the internet connection, or DISCORD_API_URL if you set one.`;
}
