import { allocationIntent } from './allocationIntent.js';
import { amdIntent } from './amdIntent.js';
import { arithmeticCheckIntent } from './arithmeticCheckIntent.js';
import { barFilterIntent } from './barFilterIntent.js';
import { budgetIntent } from './budgetIntent.js';
import { cloudCheckIntent } from './cloudCheckIntent.js';
import { cloudLinkIntent } from './cloudLinkIntent.js';
import { cloudOfIntent } from './cloudOfIntent.js';
import { cloudOverlapIntent } from './cloudOverlapIntent.js';
import { cloudSoleUserIntent } from './cloudSoleUserIntent.js';
import { cloudTallyIntent } from './cloudTallyIntent.js';
import { cloudUsersIntent } from './cloudUsersIntent.js';
import { compareIntent } from './compareIntent.js';
import { convertIntent } from './convertIntent.js';
import { countAgainstFigureIntent } from './countAgainstFigureIntent.js';
import { countedAsIntent } from './countedAsIntent.js';
import { countedIntent } from './countedIntent.js';
import { countShareIntent } from './countShareIntent.js';
import { coverIntent } from './coverIntent.js';
import { demandIntent } from './demandIntent.js';
import { derivationIntent } from './derivationIntent.js';
import { durationIntent } from './durationIntent.js';
import { figureMeasureIntent } from './figureMeasureIntent.js';
import { foundryIntent } from './foundryIntent.js';
import { gapCompareIntent } from './gapCompareIntent.js';
import { gapFilledIntent } from './gapFilledIntent.js';
import { gapIntent } from './gapIntent.js';
import { gapScaledIntent } from './gapScaledIntent.js';
import { gpuChoiceIntent } from './gpuChoiceIntent.js';
import { gpuPriceIntent } from './gpuPriceIntent.js';
import { gpusInServersIntent } from './gpusInServersIntent.js';
import { haveVsWantIntent } from './haveVsWantIntent.js';
import { helpIntent } from './helpIntent.js';
import { holdingsIntent } from './holdingsIntent.js';
import type { Intent } from './intent.js';
import { makerIntent } from './makerIntent.js';
import { membershipIntent } from './membershipIntent.js';
import { multiCloudIntent } from './multiCloudIntent.js';
import { nodeCheckIntent } from './nodeCheckIntent.js';
import { noFigureIntent } from './noFigureIntent.js';
import { notCountedIntent } from './notCountedIntent.js';
import { otherGpuSpecsIntent } from './otherGpuSpecsIntent.js';
import { overviewIntent } from './overviewIntent.js';
import { plannedBudgetIntent } from './plannedBudgetIntent.js';
import { premiseIntent } from './premiseIntent.js';
import { priceCheckIntent } from './priceCheckIntent.js';
import { priceSavingIntent } from './priceSavingIntent.js';
import { quotedCompareIntent } from './quotedCompareIntent.js';
import { rankIntent } from './rankIntent.js';
import { rateIntent } from './rateIntent.js';
import { ratioPremiseIntent } from './ratioPremiseIntent.js';
import { serversIntent } from './serversIntent.js';
import { shareIntent } from './shareIntent.js';
import { shortfallIntent } from './shortfallIntent.js';
import { sourceIntent } from './sourceIntent.js';
import { speedupIntent } from './speedupIntent.js';
import { statedNumberIntent } from './statedNumberIntent.js';
import { sumIntent } from './sumIntent.js';
import { summaryIntent } from './summaryIntent.js';
import { supplyIntent } from './supplyIntent.js';
import { throughputIntent } from './throughputIntent.js';
import { topicSearchIntent } from './topicSearchIntent.js';
import { totalCompareIntent } from './totalCompareIntent.js';
import { totalIntent } from './totalIntent.js';
import { trainingFactorsIntent } from './trainingFactorsIntent.js';
import { twoTotalsIntent } from './twoTotalsIntent.js';
import { unanswerableIntent } from './unanswerableIntent.js';
import { unitPriceIntent } from './unitPriceIntent.js';
import { unknownNameIntent } from './unknownNameIntent.js';
import { valueIntent } from './valueIntent.js';
import { whatIfIntent } from './whatIfIntent.js';
import { whatIfItemIntent } from './whatIfItemIntent.js';
import { whoNeedsIntent } from './whoNeedsIntent.js';
import { whoStatesCountIntent } from './whoStatesCountIntent.js';
import { withinRangeIntent } from './withinRangeIntent.js';

/** Every intent the engine knows. Order carries no meaning: each is scored on its own. */
export const INTENTS: readonly Intent[] = [
  arithmeticCheckIntent,
  compareIntent,
  sumIntent,
  countShareIntent,
  rankIntent,
  shareIntent,
  convertIntent,
  whatIfIntent,
  multiCloudIntent,
  gapScaledIntent,
  premiseIntent,
  gpusInServersIntent,
  withinRangeIntent,
  membershipIntent,
  makerIntent,
  countedIntent,
  countedAsIntent,
  figureMeasureIntent,
  derivationIntent,
  unanswerableIntent,
  valueIntent,
  holdingsIntent,
  haveVsWantIntent,
  trainingFactorsIntent,
  noFigureIntent,
  unknownNameIntent,
  cloudCheckIntent,
  cloudSoleUserIntent,
  cloudOverlapIntent,
  rateIntent,
  serversIntent,
  totalCompareIntent,
  twoTotalsIntent,
  nodeCheckIntent,
  coverIntent,
  cloudOfIntent,
  cloudUsersIntent,
  demandIntent,
  ratioPremiseIntent,
  otherGpuSpecsIntent,
  durationIntent,
  gpuPriceIntent,
  priceCheckIntent,
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
  barFilterIntent,
  overviewIntent,
  statedNumberIntent,
  allocationIntent,
  cloudLinkIntent,
  topicSearchIntent,
  quotedCompareIntent,
  cloudTallyIntent,
  budgetIntent,
  throughputIntent,
  plannedBudgetIntent,
  whatIfItemIntent,
  gapCompareIntent,
  gapFilledIntent,
  priceSavingIntent,
  shortfallIntent,
  countAgainstFigureIntent,
  unitPriceIntent,
];
