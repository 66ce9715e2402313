/**
 * English messages. This catalog defines the message keys: every other catalog must have each of
 * them (`satisfies Record<MessageKey, string>`), so a missing string fails the build.
 * `{name}` marks a value filled in by `t()`.
 */
export const en = {
  'lang.button': 'English',
  'verdict.yes': 'Yes',
  'verdict.no': 'No',
  'verdict.opener': '{verdict}. {answer}',
  'step.labelled': '{number} ({name})',
  'punct.colon': ':',
  'list.sep': ', ',
  'source.line': 'Source: {author}, “{title}” ({url}), via {via}',
  'source.name': '{author}’s “{title}”',

  'topic.gpu-choice': 'Which GPUs people want',
  'topic.gap': 'The H100 shortage',
  'topic.who-needs': 'Who needs H100s',
  'topic.demand': 'H100 demand',
  'topic.demand-total': 'Total H100 demand',
  'topic.price': 'What an H100 costs',
  'topic.not-counted': 'Demand the total leaves out',
  'topic.holdings': 'GPUs they have',
  'topic.supply': 'What limits supply',
  'topic.foundry': 'Who makes the H100',
  'topic.training-factors': 'What matters for training',
  'topic.performance': 'H100 vs A100',
  'topic.why-not-amd': 'Why not AMD?',
  'topic.cloud-usage': 'Which clouds AI companies use',
  'topic.source': 'Source',

  'answer.perArticle': 'Per the article:',
  'cloudUsers.title': 'Who uses {cloud}',
  'cloudUsers.yes': 'Yes: the article lists {who} on {cloud}.',
  'cloudUsers.no': 'The article does not list {who} on {cloud}; it names {names}.',
  'cloudUsers.list': 'Per the article, {cloud} is used by {names}.',
  'cloudOf.title': 'Which cloud {company} uses',
  'cloudOf.yes': 'Yes: per the article, {company} uses {names}.',
  'cloudOf.no': 'Not per the article: it lists {company} on {names}, not {cloud}.',
  'cloudOf.list': 'Per the article, {company} uses {names}.',
  'gap.meta25k': 'counting Meta at 25,000',
  'gap.meta100k': 'counting Meta at 100,000, as the article’s 432,000 does',
  'gap.summary':
    'At {price} per H100, §02’s demand line items ({total} H100s, {scenario}) are worth {value}. The headline calls the conservative supply gap about 430,000.',
  'cost.count.title': 'What {count} {gpu}s cost',
  'cost.count.summary': '{count} {gpu}s at {price} each come to {value}.',
  'cost.several.title': 'What {names} want costs',
  'cost.several.summary': '{names} may want {count} H100s together; at {price} each that comes to {value}.',
  'cost.one.title': 'What {company}’s H100s cost',
  'cost.one.summary': '{company}’s {count} H100s at {price} each come to {value}.',
  'compare.training': 'training',
  'compare.inference': 'inference',
  'compare.line': 'For 16-bit {work}, {h100s} H100s do the work of about {a100s} A100s ({factor}).',
  'demand.title': '{company}: H100 demand',
  'demand.several.title': '{names}: H100 demand',
  'demand.several.summary': 'Per §02, {names} may want {total} H100s together.',
  'holdings.title': '{company}: GPUs',
  'holdings.all': 'Per §03 of the article:',
  'overview.summary': 'What the article says about {subject}:',
  'help.title': 'What I can answer',
  'help.summary':
    'I answer from one article, {source} ({asOf}): who needs H100s and how many, who has them, which cloud each AI company uses, who makes them, H100 vs A100, and the size and value of the shortage. Try: /who-uses azure · /cloud company:openai · /gap price:30000 · /demand company:meta · /holdings company:tesla · /compare · /supply · /source · “which cloud does Anthropic use?” · “按每张3万美元算，缺口价值多少？”',
  'notFound.title': 'The article does not say',
  'notFound.general':
    'The article does not answer that. It covers who needs H100s and how many, who has them, which cloud AI companies use, who makes them, H100 vs A100, and the shortage. Try /topics.',
  'notFound.missing':
    'The article does not say anything about “{missing}” here, so I won’t guess. Try /topics for what it covers.',
  'suggest.didYouMean': 'Did you mean {names}?',
  'suggest.coveredInstead': 'The article covers instead: {names}.',
  'error.title': 'Check your input',

  'reply.defaultTitle': 'H100 supply and demand',
  'reply.calculation': 'Calculation',
  'reply.calculationCont': 'Calculation (cont.)',
  'reply.facts': 'What the article says',
  'reply.caveats': 'Caveats',
  'reply.suggestions': 'Other questions',
  'reply.articleSays': 'The article says',
  'reply.translation': 'translation',
  'reply.more': '… {count} more under Details.',
  'reply.details': 'Details',
  'reply.detailsTitle': 'Details: {title}',
  'reply.showQuote': 'Show quote',
  'reply.quotesTitle': 'The article’s words: {title}',
  'reply.noQuotes': 'This answer quotes nothing from the article.',
  'notice.slowDown': 'Slow down a little: try again in {seconds} s.',
  'notice.apology': 'Sorry, something went wrong while answering. Please try again.',

  'chart.demandSubtitle': 'H100s each company or cloud may want',
  'chart.askedAbout': 'Asked about: {name}',
  'chart.swingSomeSay': '{name} at {amount}, the figure “some say”',
  'chart.swingMain': '{name} at {amount}, its main figure',
  'chart.total': 'Total: {amount} H100s',
  'chart.totalArticle': 'Total: {amount} H100s, the article’s “about {amount}”',
  'chart.totalAtPrice': 'Total: {amount} H100s × {price} = {value}',
  'chart.captionSomeSay':
    '{name} is counted at {now}, the figure “some say”; at its main figure of {other} the total is {alt}.',
  'chart.captionMain':
    '{name} is counted at its main figure of {now}; some say {other}, which makes the total {alt}.',
  'chart.captionMainArticle':
    '{name} is counted at its main figure of {now}; some say {other}, which makes the total {alt}, the article’s figure.',
  'chart.captionValues': 'At {price} each: {now} H100s are worth {nowValue}; {alt} H100s, {altValue}.',
  'chart.overlap':
    'Clouds’ and their customers’ figures overlap (OpenAI gets its GPUs via Azure), so the sum can count some GPUs twice.',
  'chart.variant': '{name} (some say)',
  'chart.variantMain': '{name} (main figure)',
  'chart.holdingsSubtitle': 'A100 and H100 are different GPUs, so their counts are never added',
  'chart.holdingsCaption':
    'Rough, second-hand estimates, often hedged (“maybe”, “about”, booked rather than in stock): the article’s least reliable figures.',
  'chart.rangeLegend': 'Range: solid to the low figure, hatched to the high',
  'chart.training': '{name} (training)',
  'chart.booked': '{name} (booked)',
  'chart.like': '{name} (like {like})',
  'compare.lineReverse':
    'For 16-bit {work}, {a100s} A100s do the work of about {h100s} H100s ({a100s} ÷ {factor}).',
  'answer.unused': " (I did not use {amounts} from your question: the article's figures above answer it.)",
  'answer.quoted': '“{text}”',
  'answer.asOf': '{asOf}: {fact}',
  'missing.demand': 'how many {gpu}s {name} wants',
  'missing.holdings': 'how many GPUs {name} has',
  'missing.cloud': 'which cloud {name} uses',
  'missing.users': 'who uses {name}',
  'missing.price': 'what an {name} costs',
  'op.vs': '{a} vs {b}',
  'op.level': '{a} and {b} are level: {count} {gpu}s each.',
  'op.moreDemand':
    '{big} ({bigCount}) may want {diff} more {gpu}s than {small} ({smallCount}), about {times} times as many.',
  'op.moreHoldings':
    '{big} ({bigCount}) has {diff} more {gpu}s than {small} ({smallCount}), about {times} times as many.',
  'op.rankTitleDemand': 'Ranked by H100s wanted',
  'op.rankTitleHoldings': 'Ranked by GPUs held',
  'op.rank': 'Per the article, {top} comes first. {order}.',
  'op.rankSep': '; ',
  'op.shareTitle': '{who}: share of the total',
  'op.share': "{who}: {part} H100s, {pct} of the article's {whole}.",
  'op.shareOfMain': "{who}: {part} H100s, {pct} of {whole}, §02's line items with Meta at its main figure.",
  'op.whatIfTitle': 'What if',
  'op.whatIfChange': "{name} at {now} (the article's total counts {was})",
  'op.whatIf': "With {changes}, §02's line items add up to {total} H100s; at {price} each that is {value}.",
  'notice.firstPart': 'Your text was long, so I answered from its first {max} characters.',
  'notice.unreadable': 'Sorry, I could not read that request. Please try again.',
  'notice.feedbackThanks':
    'Thanks: your vote was recorded, without your name, for the people who keep the facts.',
  'reply.helpful': 'Helpful',
  'reply.notHelpful': 'Not helpful',
  'op.fewerDemand':
    '{small} ({smallCount}) may want {diff} fewer {gpu}s than {big} ({bigCount}), who wants about {times} times as many.',
  'op.fewerHoldings':
    '{small} ({smallCount}) has {diff} fewer {gpu}s than {big} ({bigCount}), who has about {times} times as many.',
  'compare.durationToH100':
    "For 16-bit {work}, a job of {time} {unit} on A100s would take about {result} {unit} on H100s ({time} ÷ {factor}), if it scales with the article's speed-up.",
  'compare.durationToA100':
    "For 16-bit {work}, a job of {time} {unit} on H100s would take about {result} {unit} on A100s ({time} × {factor}), if it scales with the article's speed-up.",
  'reply.moreBelow': '… {count} more below.',
} as const;

/** A message's key; the English catalog lists them all. */
export type MessageKey = keyof typeof en;
