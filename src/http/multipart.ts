import { randomBytes } from 'node:crypto';
import type { ReplyFile } from '../discord/interactionRouter.js';

/**
 * A finished multipart/form-data body as its parts (written one after another, so a chart's bytes
 * are never copied into one big buffer), its length, and the Content-Type naming its boundary.
 */
export interface MultipartBody {
  readonly contentType: string;
  readonly parts: readonly Buffer[];
  readonly length: number;
}

/**
 * Encodes an interaction response with attachments the way Discord accepts it: a `payload_json`
 * part holding the JSON response, then one `files[n]` part per file, `n` matching the attachment
 * ids in the payload.
 */
export function encodeMultipart(payload: unknown, files: readonly ReplyFile[]): MultipartBody {
  const boundary = `----h100bot${randomBytes(16).toString('hex')}`;
  const parts: Buffer[] = [];
  const head = (headers: string) => Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`, 'utf8');

  parts.push(
    head('Content-Disposition: form-data; name="payload_json"\r\nContent-Type: application/json'),
    Buffer.from(JSON.stringify(payload), 'utf8'),
    Buffer.from('\r\n'),
  );
  files.forEach((file, index) => {
    parts.push(
      head(
        `Content-Disposition: form-data; name="files[${index}]"; filename="${quoteFilename(file.name)}"\r\n` +
          `Content-Type: ${headerSafe(file.contentType) || 'application/octet-stream'}`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  });
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  const length = parts.reduce((sum, part) => sum + part.length, 0);
  return { contentType: `multipart/form-data; boundary=${boundary}`, parts, length };
}

/**
 * A filename safe inside a quoted header parameter, escaped as browsers do (HTML's multipart/form-data
 * encoding): `"` → `%22`, CR → `%0D`, LF → `%0A`; other control characters are dropped.
 */
function quoteFilename(name: string): string {
  return headerSafe(name.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22'));
}

function headerSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f]/g, '');
}
