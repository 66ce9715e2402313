#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { config as loadDotenv } from 'dotenv';
import { runMain } from '../config/runMain.js';
import { ANALYTICS_FILE } from './createAnalytics.js';
import { DEFAULT_DATA_DIR } from './dataDir.js';
import { formatGaps, gapsReport } from './gapsReport.js';

/**
 * `npm run gaps [-- limit]`: the most frequent questions the article could not answer, grouped by
 * what the engine read, and the answers with the most 👎, from `DATA_DIR`'s analytics file.
 */
async function main(): Promise<number> {
  loadDotenv({ quiet: true });
  const dataDir = process.env.DATA_DIR?.trim() || DEFAULT_DATA_DIR;
  const path = join(dataDir, ANALYTICS_FILE);
  if (!existsSync(path)) {
    console.error(
      `No analytics yet: ${path} does not exist. The bot writes it while it runs (unless ANALYTICS=off).`,
    );
    return 1;
  }
  const limitArg = Number(process.argv[2] ?? 20);
  const limit = Number.isInteger(limitArg) && limitArg > 0 ? limitArg : 20;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    console.log(formatGaps(gapsReport(db, limit)));
  } finally {
    db.close();
  }
  return 0;
}

runMain(main);
