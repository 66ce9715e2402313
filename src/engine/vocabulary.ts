/**
 * Cue words that signal what a question asks, in English and Chinese. English cues match whole
 * words (phrases allowed); Chinese cues match as substrings, since Chinese has no spaces.
 */
export const CUES = {
  help: ['help', 'topics', 'what can you', 'what do you know', 'commands', 'usage', '帮助', '能回答', '能问', '话题', '功能', '怎么用'],
  source: ['source', 'sources', 'article', 'link', 'url', 'cite', 'citation', 'where does', 'where is this', 'reference', 'original', 'title', 'who wrote', 'author', 'data come from', '来源', '出处', '原文', '链接', '引用', '标题', '作者', '哪里来'],
  amd: ['amd', 'mi300', 'mi250', 'radeon', 'instinct'],
  compare: ['faster', 'fast', 'speed', 'speedup', 'speed-up', 'compare', 'compared', 'comparison', 'versus', 'vs', 'than', 'performance', 'perform', 'better', 'times', 'quicker', 'equivalent', 'equivalents', 'worth of', '快', '速度', '对比', '比较', '相比', '性能', '倍', '等于', '相当于', '等效'],
  inference: ['inference', 'inferencing', 'serving', '推理'],
  training: ['training', 'train', 'trained', 'trains', '训练'],
  prefer: ['prefer', 'preferred', 'favor', 'favour', 'favored', 'favoured', 'why h100', 'why do', 'why is', '青睐', '为什么', '为何', '偏好'],
  factors: ['matter', 'matters', 'factor', 'factors', 'consider', 'considered', 'look for', 'care about', 'important', 'criteria', 'weigh', 'specs', 'features', 'what do buyers', '关注', '看重', '因素', '考虑', '指标', '重要'],
  foundry: ['make', 'makes', 'made', 'manufacture', 'manufactures', 'manufactured', 'manufacturing', 'manufacturer', 'produce', 'produces', 'produced', 'fab', 'fabs', 'foundry', 'foundries', 'build', 'builds', 'built', '5nm', 'chipmaker', '制造', '生产', '代工', '造', '晶圆', '工厂'],
  supply: ['supply', 'supplies', 'supplier', 'suppliers', 'bottleneck', 'bottlenecks', 'constraint', 'constrained', 'limiting', 'holding back', '供应', '瓶颈', '供给', '产能', '卡脖子'],
  china: ['china', 'chinese', 'not counted', 'excluded', 'exclude', 'excludes', 'not included', 'left out', 'missing from', '中国', '国内', '不包括', '没算', '未计入', '不含', '排除'],
  gap: ['gap', 'shortage', 'shortfall', 'short', 'deficit', 'undersupply', 'missing', 'lack', '缺口', '短缺', '缺', '不足', '差'],
  total: ['total', 'in total', 'overall', 'altogether', 'combined', 'sum', 'all together', 'whole market', 'industry', 'everyone', 'market', '总共', '总计', '合计', '一共', '总需求', '全部', '总量', '加起来', '市场'],
  value: ['worth', 'value', 'valued', 'cost', 'costs', 'price', 'priced', 'spend', 'spending', 'pay', 'dollars', 'money', 'how much money', 'revenue', 'bill', 'usd', '价值', '值', '多少钱', '花', '成本', '价格', '费用', '美元', '金额', '售价', '单价', '买'],
  each: ['each', 'per', 'apiece', 'a piece', 'unit price', 'per gpu', 'per card', '每张', '每块', '每个', '单价', '每'],
  popular: ['popular', 'most in demand', 'most wanted', 'most demanded', 'hottest', 'which gpu', 'what gpu', 'which gpus', 'what gpus', 'best gpu', 'favorite', 'favourite', 'in demand', 'hgx', 'sxm', '最受欢迎', '最热门', '哪种gpu', '什么gpu', '哪些gpu', '哪款', '热门', '最火'],
  whoNeeds: ['who needs', 'who wants', 'which companies need', 'what companies need', 'which companies want', 'who is buying', 'who buys', 'more than', 'at least', 'over', '1000+', '100+', 'or more', '谁需要', '哪些公司需要', '以上', '超过'],
  demand: ['need', 'needs', 'needed', 'want', 'wants', 'wanted', 'demand', 'demands', 'require', 'requires', 'required', 'requirement', 'order', 'orders', 'ordered', 'asking for', 'looking for', 'buy', 'buying', 'purchase', '需要', '需求', '想要', '要多少', '要', '订购', '采购'],
  holdings: ['have', 'has', 'had', 'own', 'owns', 'hold', 'holds', 'possess', 'possesses', 'inventory', 'fleet', 'count', 'trained on', 'train on', 'used', 'use', 'uses', 'using', 'in stock', 'booked', 'reserved', 'deployed', 'installed', '有多少', '拥有', '持有', '有', '库存', '储备', '用了', '使用了', '预定', '部署'],
  howMany: ['how many', 'number of', 'count', 'how much', '多少', '几', '数量'],
  cloud: ['cloud', 'clouds', 'cloud provider', 'hosting', 'hosted', 'host', 'hosts', 'runs on', 'run on', 'platform', 'provider', 'providers', 'hyperscaler', 'infrastructure', '云', '云服务', '云厂商', '云平台', '云服务商', '平台'],
  use: ['use', 'uses', 'using', 'used', 'on', 'customer', 'customers', 'client', 'clients', 'tenant', 'tenants', 'rely', 'relies', 'rent', 'rents', 'runs', 'run', 'users', 'user', '用', '使用', '在用', '客户', '租用', '依赖', '跑在', '用户', '上'],
  who: ['who', 'which', 'what companies', 'which companies', 'whom', '谁', '哪些', '哪家', '哪个', '哪几家'],
  outOfScope: ['share price', 'stock', 'stocks', 'shares', 'market cap', 'capitalization', 'earnings', 'dividend', 'weather', 'forecast', 'recipe', 'bake', 'baking', 'bread', 'movie', 'song', 'football', 'election', 'bitcoin', 'crypto', '股价', '股票', '市值', '财报', '天气', '菜谱', '电影', '比特币'],
} as const satisfies Record<string, readonly string[]>;

export type CueGroup = keyof typeof CUES;

/**
 * Words that carry no meaning of their own in these questions; they never count as an unknown name.
 */
export const STOPWORDS: readonly string[] = [
  // English
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'about', 'as', 'into', 'and', 'or', 'but',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'doing', 'can', 'could', 'will',
  'would', 'should', 'shall', 'may', 'might', 'must', 'it', 'its', 'it\'s', 'this', 'that', 'these', 'those', 'there',
  'their', 'they', 'them', 'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'i', 'me', 'my', 'what', 'what\'s',
  'whats', 'which', 'who', 'whom', 'whose', 'where', 'when', 'why', 'how', 'much', 'many', 'more', 'most', 'some', 'any',
  'all', 'each', 'every', 'other', 'another', 'such', 'so', 'than', 'then', 'too', 'very', 'just', 'also', 'only', 'not',
  'no', 'yes', 'if', 'please', 'tell', 'show', 'give', 'list', 'know', 'say', 'says', 'said', 'think', 'does', 'get',
  'got', 'go', 'going', 'like', 'roughly', 'approximately', 'approx', 'around', 'about', 'estimate', 'estimated',
  'estimates', 'expected', 'reportedly', 'supposedly', 'number', 'numbers', 'amount', 'figure', 'figures', 'data', 'info',
  'information', 'details', 'according', 'per', 'article', 'report', 'gpu', 'gpus', 'card', 'cards', 'chip', 'chips',
  'accelerator', 'accelerators', 'nvidia\'s', 'company', 'companies', 'firm', 'firms', 'startup', 'startups', 'lab',
  'labs', 'ai', 'ones', 'one', 'people', 'someone', 'anyone', 'currently', 'now', 'actually', 'really', 'exactly', 'does',
  'x', 'up', 'out', 'off', 'again', 'still', 'yet', 'already', 'there\'s', 'here', 'model', 'models', 'class', 'its',
  'their', 'own', 'for', 'llm', 'llms', 'big', 'large', 'largest', 'biggest', 'top', 'main', 'major', 'key', 'h100s',
  'a100s', 'units', 'unit', 'pieces', 'piece', 'hi', 'hello', 'hey', 'thanks', 'thank', 'ok', 'okay', 'bot', 'answer',
  'question', 'would', 'cost', 'between', 'both', 'either', 'via', 'through', 'an', 'did', 'ever', 'said', 'stated',
  'mention', 'mentioned', 'mentions', 'list', 'listed', 'name', 'named', 'names', 'they\'re', 'same', 'similar',
  'equivalent', 'version', 'size', 'big', 'scale', 'compute', 'capacity', 'gpt-3.5', 'openai\'s', 'meta\'s',
  // Chinese
  '的', '了', '是', '吗', '呢', '吧', '啊', '在', '和', '与', '跟', '及', '或', '还', '也', '都', '就', '么', '什么', '怎么',
  '怎样', '如何', '多少', '几', '个', '张', '块', '片', '台', '家', '请', '问', '告诉', '我', '你', '他', '她', '它', '们',
  '这', '那', '些', '这些', '那些', '公司', '企业', '厂商', '估计', '大概', '大约', '约', '左右', '可能', '目前', '现在',
  '文章', '说', '提到', '据', '根据', '按', '算', '计算', '以', '为', '对', '比', '中', '里', '从', '到', '给', '被', '把',
  '有', '没有', '不', '会', '能', '可以', '吗', '呀', '嘛', '用于', '一共', '总', '显卡', '卡', '芯片', '算力', 'gpu',
  '模型', '大模型', '哪', '里', '的话', '一下', '下', '看', '看看', '知道', '数据', '情况', '方面', '等', '其', '之',
];
