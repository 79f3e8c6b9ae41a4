/**
 * Cue words for commitments and achievements, as data. Each entry is a regular
 * expression source and a weight: positive leans to a commitment (a target, task or
 * standing rule), negative to an achievement (a reported result or current figure).
 */
export interface Cue {
  pattern: RegExp;
  weight: number;
  /**
   * Characters of which every match holds at least one: a clause with none of them is
   * not searched (most clauses hold few cues, and a regex call per cue per clause adds up).
   */
  triggers: string;
}

const cue = (source: string, weight: number, triggers: string): Cue => ({ pattern: new RegExp(source, 'g'), weight, triggers });

/** Binding commitments (确保/必须/严禁/不低于/不得). */
export const BINDING = /确保|必须|严禁|禁止|不得|不准|不低于|不少于|不超过|不高于|至少|务必|一律|应当|须|严格执行|坚决/;
/** Aspirational commitments (力争/争取/努力/鼓励). */
export const ASPIRATIONAL = /力争|争取|努力|鼓励|倡导|尽可能|尽量|逐步/;

export const CLAUSE_CUES: readonly Cue[] = [
  // commitments: modal and target words
  cue('确保|必须|严禁|禁止|不得|务必|一律', 3, '确必严禁不务一'),
  cue('力争|争取|(?<![年的过])努力|目标|预期|拟', 3, '力争努目预拟'),
  cue('(?<![需重主纲提])要(?![素求点闻害件])|(?<![即必])将(?![其近军士])|(?<![适响相供反对呼感理效])应(?![急用对届聘有收缴季答])', 2.5, '要将应'),
  cue('不低于|不少于|至少|不超过|以内', 2, '不至以'),
  cue('计划|部署|预计', 1, '计部预'),
  cue('左右', 0.5, '左'),
  cue('原则上|一般为|每校|每所', 1.5, '原一每'),
  // achievements: reporting words
  cue('累计|截至|截止|共有|已经|已(?![经])|先后|首次|创成|获评|荣获|获得|成功(?:创建|举办|落地)|顺利|圆满|好于预期|历史新高|来之不易|前所未有', -3, '累截共已先首创获荣成顺圆好历来前'),
  cue('(?:完成|实现|取得|建成|新建|新增|开展|推动|推进|出台|达到|提高|增加|下降|提升|引进|招聘|评选|投入|发放|举办|创建|培养|组织|缓解|解决|形成|改善)了', -3, '了'),
  cue('[\\u4e00-\\u9fa5]了(?![解])', -1, '了'),
  cue('从[^，,。；;]{1,20}(?:提升|提高|增加|增长|扩大|拓展|下降|降低|减少)(?:至|到)', -1.5, '从'),
  cue('达到|增长|下降|上涨|突破|超过|提高到|提升至|居[^，,。；;]{1,10}(?:前列|首位|第一)|占比|同比|年均', -0.5, '达增下上突超提居占同年'),
];

/** Quantities that count parts of the speech, not things in the world (三点意见, 四个方面, 6条跑道). */
export const RHETORIC_COUNTED = /^(?:方面|点(?:意见|要求|体会|建议|希望|想法)?|跑道|关口|类型|不同|层面|维度|原则|理念|字方针|句话|条主线|大类)/;
export const RHETORIC_UNITS = new Set(['方面', '点', '级', '层面']);
/** Words before a count of the speech's own parts: 下面我讲三点, 从五个方面, 以下四个方面. */
export const RHETORIC_BEFORE = /(?:讲|谈|提|说|以下|如下|从|分为|概括为|归纳为|突出了以下|抓好以下)$/;
/** Administrative divisions counted in a scope definition (两个以上省、自治区出现…). */
export const DIVISIONS = /^(?:个)?(?:以上)?(?:省|自治区|直辖市|地区|国家)/;
export const SCOPE_CONDITION = /出现|发生|涉及|跨|波及/;

/** Words that head an actor before 要/将/负责/牵头 (市教育局要牵头…, 各级政府要…). */
export const ACTOR_SUFFIX = /(?:局|委|办|厅|部|署|院|校|学校|高校|政府|部门|单位|中心|委员会|集团|企业|公司|协会|商会|联合会|党委|党组|组织|指挥部|机构|各地|各区|各县|各市|各省|试点城市|试点地区|街道|乡镇|区县|市县|社|行|会)$/;
export const ACTOR_VERB = /^(?:要|将|应当|应|须|必须|负责|牵头|会同|统筹|联合|组织|要牵头|要会同|要负责|要加强|按照|根据|承担|定期)/;

/** Verbs that act on what a quantity counts (新建 学校 5所, 完成 20所 …改造). Longest first. */
export const ACTION_VERBS = [
  '改扩建', '新建', '改建', '扩建', '建成', '建设', '完成', '培育', '选拔', '培养', '招聘', '引进', '评选', '评定', '认定', '遴选', '开展', '举办', '组织',
  '新增', '增加', '提高', '提升', '降低', '减少', '压减', '淘汰', '配备', '配齐', '开辟', '实现', '推进', '实施', '打造', '创建', '创成', '投入', '安排', '发行',
  '发放', '落实', '达到', '保持', '控制', '建立', '设立', '开设', '修订', '调整', '召开', '轮训', '培训', '覆盖', '突破', '增长', '下降', '上涨', '扩大',
  '改造', '筹措', '供应', '出台', '推出', '启动', '开工', '盘活', '处置', '储备', '上报', '值班', '监测', '保障', '惠及', '吸引', '集聚', '获评', '获批', '办理',
  '招收', '接待', '组建', '帮扶', '资助', '补助', '减免', '发布', '制定', '拨付', '下达', '确定', '达标', '覆盖', '提供', '安装', '更新', '整治', '治理', '种植', '造林',
].sort((a, b) => b.length - a.length);

/**
 * Sentences that are not commitments though they name this year and hold a task word:
 * what the year is (今年是“十五五”开局之年, 2026年是中国共产党成立105周年), and the lead of
 * an agenda (今年要重点做好以下工作, 重点抓好八个方面工作).
 */
export const YEAR_CHARACTER = /^(?:今年|明年|新的一年|(?:19|20)[0-9]{2}年)(?:，)?是[^。；;]*?(?:之年|一年|周年|关键期|起步期|窗口期)/;
export const AGENDA_LEAD = /(?:做好|抓好|推进|突出|部署)(?:以下|如下)|以下[^，。；;：:]{0,8}(?:工作|任务)[：:。]?$|(?:做好|抓好)[一二三四五六七八九十几0-9]+(?:个|项)?方面(?:的)?(?:重点)?工作/;

/**
 * Labels that name who is responsible for the item they close: （人力资源社会保障部、财政部负责）,
 * （生态环境部、农业农村部指导）, （市发展改革委牵头，各区配合）, （牵头单位：市发展改革委，配合单位：…）,
 * 责任单位：市教育局、市财政局.
 */
export const RESPONSIBLE_PAREN = /[（(]([^（）()。，,；;\n]{2,80}?)(?:按职责分工)?(?:负责|牵头|指导)(?:[。，,；;][^（）()\n]{0,40})?[）)]/g;
export const RESPONSIBLE_LABEL = /(牵头单位|牵头部门|责任单位|责任部门|主责单位|负责单位|责任主体)\s*[:：]\s*([^；;，,。）)\n]{2,60})/g;
