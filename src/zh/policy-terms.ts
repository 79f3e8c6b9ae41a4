/**
 * Policy phrases (提法) and the themes they belong to. compare() uses them as keywords that
 * count even when they occur once, and compareCorpus() builds its theme × document matrix
 * from them (occurrences per 10,000 characters). Data, not code: a theme is a name and the
 * phrases that mark it; a phrase may appear in one theme only.
 */
export const THEMES: Readonly<Record<string, readonly string[]>> = {
  党的建设: ['党的建设', '全面从严治党', '党风廉政', '党建', '基层党组织', '两个确立', '两个维护', '主题教育', '作风建设', '意识形态'],
  经济增长: ['国内生产总值', '地区生产总值', '经济增长', '稳增长', '扩大内需', '消费', '投资', '社会消费品零售总额', '固定资产投资', '财政收入'],
  科技创新: ['科技创新', '创新驱动', '新质生产力', '研发投入', '高新技术企业', '关键核心技术', '人工智能', '数字经济', '科技成果转化', '实验室'],
  产业发展: ['现代化产业体系', '制造业', '战略性新兴产业', '先进制造业', '产业链', '未来产业', '专精特新', '工业增加值', '服务业', '数字化转型'],
  改革开放: ['深化改革', '营商环境', '放管服', '对外开放', '自由贸易', '一带一路', '外贸', '外资', '民营经济', '国有企业改革', '审批'],
  乡村振兴: ['乡村振兴', '农业', '农村', '农民增收', '粮食安全', '高标准农田', '粮食产量', '巩固拓展脱贫攻坚成果', '耕地保护', '农机'],
  区域城镇: ['新型城镇化', '城市更新', '区域协调发展', '城乡融合', '老旧小区', '基础设施', '交通', '城市群', '都市圈'],
  生态环保: ['生态文明', '生态环境', '碳达峰', '碳中和', '绿色低碳', '污染防治', '节能降碳', '能耗', '大气污染', '河长制', '无废城市', '固体废物'],
  就业民生: ['就业', '城镇新增就业', '失业率', '居民收入', '社会保障', '养老', '托育', '住房', '医疗', '民生', '兜底'],
  教育: ['教育', '立德树人', '义务教育', '学前教育', '职业教育', '高等教育', '双减', '教师队伍', '思政课', '幼儿园', '学校'],
  文化: ['文化', '社会主义核心价值观', '文旅', '旅游', '文化产业', '公共文化服务', '文明城市'],
  安全稳定: ['安全生产', '防范化解', '风险', '应急管理', '社会治理', '平安', '国家安全', '债务风险', '防灾减灾'],
  政府建设: ['法治政府', '依法行政', '政务公开', '政府职能', '督查', '数字政府', '行政效能'],
};

/**
 * Every policy phrase, longest first (so that a longer phrase wins where two overlap).
 * Marked pure so that a bundle without the comparison (parse alone) drops THEMES.
 */
export const POLICY_PHRASES: readonly string[] = /* @__PURE__ */ [...new Set(Object.values(THEMES).flat())].sort((a, b) => b.length - a.length);

/**
 * Characters that do not start or end a term: function words and particles. A repeated
 * n-gram that begins or ends with one (的发展, 推进和) is a fragment, not a term.
 */
export const TERM_EDGE_STOP = /* @__PURE__ */ new Set('的了和与及或等是在对把被将为以之其并而也都各个要于从向到由让使这那此该有无不更再已又着');

/**
 * Words every policy text uses on every page (verbs of doing and generic nouns): never
 * keywords of one text. The pattern: a two-character verb or noun that says a policy acts
 * (推进, 加强) or names a generic object (体系, 机制), not what it acts on.
 */
export const GENERIC_TERMS = new Set([
  '发展', '建设', '推进', '加强', '实施', '完善', '推动', '促进', '支持', '工作', '提高', '加快', '服务', '体系', '机制',
  '政策', '社会', '经济', '全面', '深化', '坚持', '强化', '提升', '优化', '落实', '开展', '建立', '健全', '进一步', '积极',
  '重点', '重要', '有效', '不断', '持续', '扎实', '着力', '切实', '大力', '稳步', '统筹', '深入', '增强', '保障', '创新',
  '改革', '管理', '制度', '水平', '能力', '质量', '领域', '方面', '问题', '任务', '目标', '要求', '部署', '措施', '我们',
  '今年', '全年', '同志', '各级', '全国', '全省', '全市', '全区', '我国', '我省', '我市', '我区', '地区', '国家', '人民',
  '群众', '企业', '项目', '资金', '环境', '安全', '农村', '城市', '市场', '基础', '新的', '更加', '以上', '以下', '年度',
]);
