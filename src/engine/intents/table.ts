import { cloudCheckIntent } from './cloudCheckIntent.js';
import { cloudOfIntent } from './cloudOfIntent.js';
import { cloudUsersIntent } from './cloudUsersIntent.js';
import { durationIntent } from './durationIntent.js';
import { gpuPriceIntent } from './gpuPriceIntent.js';
import { demandIntent } from './demandIntent.js';
import { compareIntent } from './compareIntent.js';
import { convertIntent } from './convertIntent.js';
import { countedIntent } from './countedIntent.js';
import type { Intent } from './intent.js';
import { makerIntent } from './makerIntent.js';
import { membershipIntent } from './membershipIntent.js';
import { premiseIntent } from './premiseIntent.js';
import { rankIntent } from './rankIntent.js';
import { shareIntent } from './shareIntent.js';
import { sumIntent } from './sumIntent.js';
import { unanswerableIntent } from './unanswerableIntent.js';
import { whatIfIntent } from './whatIfIntent.js';
import { valueIntent } from './valueIntent.js';
import { holdingsIntent } from './holdingsIntent.js';
import { haveVsWantIntent } from './haveVsWantIntent.js';
import { noFigureIntent } from './noFigureIntent.js';
import { otherGpuSpecsIntent } from './otherGpuSpecsIntent.js';
import { ratioPremiseIntent } from './ratioPremiseIntent.js';
import { unknownNameIntent } from './unknownNameIntent.js';
import { trainingFactorsIntent } from './trainingFactorsIntent.js';
import { helpIntent } from './helpIntent.js';
import { summaryIntent } from './summaryIntent.js';
import { sourceIntent } from './sourceIntent.js';
import { amdIntent } from './amdIntent.js';
import { notCountedIntent } from './notCountedIntent.js';
import { gpuChoiceIntent } from './gpuChoiceIntent.js';
import { supplyIntent } from './supplyIntent.js';
import { foundryIntent } from './foundryIntent.js';
import { speedupIntent } from './speedupIntent.js';
import { gapIntent } from './gapIntent.js';
import { totalIntent } from './totalIntent.js';
import { whoNeedsIntent } from './whoNeedsIntent.js';
import { whoStatesCountIntent } from './whoStatesCountIntent.js';
import { overviewIntent } from './overviewIntent.js';
import { statedNumberIntent } from './statedNumberIntent.js';
import { allocationIntent } from './allocationIntent.js';
import { cloudLinkIntent } from './cloudLinkIntent.js';
import { topicSearchIntent } from './topicSearchIntent.js';
import { quotedCompareIntent } from './quotedCompareIntent.js';
import { cloudTallyIntent } from './cloudTallyIntent.js';
import { budgetIntent } from './budgetIntent.js';
import { whatIfItemIntent } from './whatIfItemIntent.js';
import { gapCompareIntent } from './gapCompareIntent.js';
import { gapFilledIntent } from './gapFilledIntent.js';
import { priceSavingIntent } from './priceSavingIntent.js';

/** Every intent the engine knows. Order carries no meaning: each is scored on its own. */
export const INTENTS: readonly Intent[] = [
  compareIntent,
  sumIntent,
  rankIntent,
  shareIntent,
  convertIntent,
  whatIfIntent,
  premiseIntent,
  membershipIntent,
  makerIntent,
  countedIntent,
  unanswerableIntent,
  valueIntent,
  holdingsIntent,
  haveVsWantIntent,
  trainingFactorsIntent,
  noFigureIntent,
  unknownNameIntent,
  cloudCheckIntent,
  cloudOfIntent,
  cloudUsersIntent,
  demandIntent,
  ratioPremiseIntent,
  otherGpuSpecsIntent,
  durationIntent,
  gpuPriceIntent,
  helpIntent,
  summaryIntent,
  sourceIntent,
  amdIntent,
  notCountedIntent,
  gpuChoiceIntent,
  supplyIntent,
  foundryIntent,
  speedupIntent,
  gapIntent,
  totalIntent,
  whoNeedsIntent,
  whoStatesCountIntent,
  overviewIntent,
  statedNumberIntent,
  allocationIntent,
  cloudLinkIntent,
  topicSearchIntent,
  quotedCompareIntent,
  cloudTallyIntent,
  budgetIntent,
  whatIfItemIntent,
  gapCompareIntent,
  gapFilledIntent,
  priceSavingIntent,
];
