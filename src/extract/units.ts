/**
 * The lexicon of units and measure words the quantity extractor recognises after a
 * number, kept apart from the code as data (compromise-style word lists).
 *
 * Each entry: the unit as written, its class, and optionally the characters or words
 * that, when they follow it, show that it is the first character of another word
 * rather than a measure word (3人 but not 14亿人民; 2名 but not 三级名校长).
 */

export type UnitClass =
  /** counts of things: 个 所 名 家 项 … */
  | 'count'
  /** durations: 年 个月 天 小时 … (subject to the time-span rules) */
  | 'time'
  /** physical measures: 公里 平方米 吨 千瓦 … */
  | 'measure'
  /** percent and points: % ‰ 个百分点 */
  | 'percent'
  /** multiples: 倍 番 */
  | 'multiple'
  /** categories and levels: 类 级 — only before punctuation (三级名校长 is a title) */
  | 'level'
  /** medals: 金 银 铜 — only before punctuation (19金、35银) */
  | 'medal';

export interface UnitEntry {
  unit: string;
  cls: UnitClass;
  /** Words that must not follow (the unit is then part of another word). */
  notBefore?: readonly string[];
  /** Only after Arabic numerals (十分 is "very", not 10 分). */
  arabicOnly?: boolean;
}

const e = (unit: string, cls: UnitClass, notBefore?: string, arabicOnly?: boolean): UnitEntry => ({
  unit,
  cls,
  ...(notBefore ? { notBefore: notBefore.split(' ') } : {}),
  ...(arabicOnly ? { arabicOnly } : {}),
});

/** Currencies; a money unit is [multiplier] + currency (元, 亿元, 万亿美元), kept whole. */
export const CURRENCIES: readonly string[] = ['美元', '欧元', '日元', '英镑', '港元', '港币', '澳元', '卢布', '韩元', '元'];

/** Currencies that normalise to yuan. */
export const YUAN_CURRENCIES: ReadonlySet<string> = new Set(['元']);

/** Denominators after a slash (42万元/人, 微克/立方米 is a unit of its own). */
export const PER_UNITS: readonly string[] = ['人·年', '生·年', '平方米', '立方米', '千瓦时', '小时', '公里', '人', '年', '月', '天', '日', '次', '吨', '亩', '户', '生', '台', '辆', '件', '床'];

export const UNITS: readonly UnitEntry[] = [
  // percent and points
  e('个百分点', 'percent'),
  e('百分点', 'percent'),
  e('%', 'percent'),
  e('％', 'percent'),
  e('‰', 'percent'),
  // multiples
  e('倍', 'multiple', '增 数 率'),
  e('番', 'multiple'),
  // time
  e('个工作日', 'time'),
  e('工作日', 'time'),
  e('个小时', 'time'),
  e('小时', 'time'),
  e('分钟', 'time'),
  e('个星期', 'time'),
  e('星期', 'time', '一 二 三 四 五 六 日 天'),
  e('个月', 'time'),
  e('个季度', 'time'),
  e('天', 'time', '然 下 空 地 津 气 使 堂 生 性 才 赋'),
  e('周岁', 'count'),
  e('周', 'time', '年 边 期 末 刊 转 围 全 密 到 详 知 岁'),
  e('年', 'time', '级 度 代 制 龄 份 轻 终 初 底 中 末 头 会 报 鉴 薪 货 检 审 限 均 化 华 历 纪 画 俸 假 节 关'),
  e('学年', 'time', '度'),
  e('个学期', 'time'),
  e('学期', 'time'),
  e('学时', 'count'),
  e('课时', 'count'),
  e('岁', 'count', '月 末'),
  // area, length, volume, mass, energy
  e('微克/立方米', 'measure'),
  e('毫克/立方米', 'measure'),
  e('毫克/升', 'measure'),
  e('立方米/秒', 'measure'),
  e('平方公里', 'measure'),
  e('平方千米', 'measure'),
  e('平方米', 'measure'),
  e('立方米', 'measure'),
  e('公顷', 'measure'),
  e('亩', 'measure', '产 均'),
  e('公里', 'measure'),
  e('千米', 'measure'),
  e('厘米', 'measure'),
  e('毫米', 'measure'),
  e('米', 'measure', '面 粮 饭 袋 业 奇 字 兰'),
  e('公斤', 'measure'),
  e('千克', 'measure'),
  e('毫克', 'measure'),
  e('微克', 'measure'),
  e('克', 'measure', '服 难 隆 制 罗 拉 里 林', true),
  e('万吨', 'measure'),
  e('吨', 'measure', '位'),
  e('斤', 'measure'),
  e('千瓦时', 'measure'),
  e('千瓦', 'measure'),
  e('兆瓦', 'measure'),
  e('吉瓦', 'measure'),
  e('千伏', 'measure'),
  e('伏', 'measure', '特', true),
  e('度', 'measure', '电 假 过 量 的', true),
  e('升', 'measure', '级 学 格 值 高 温 至 到 为 降 华 旗 入 级 迁 职 空 起', true),
  e('℃', 'measure'),
  e('°C', 'measure'),
  e('摄氏度', 'measure'),
  e('吨公里', 'measure'),
  e('人公里', 'measure'),
  e('平方公尺', 'measure'),
  e('立方公尺', 'measure'),
  e('公尺', 'measure'),
  e('海里', 'measure'),
  e('方', 'measure', '面 式 法 案 向 针 位 略 便 舱 正 阵 言 志 圆 可 能 才 得 为 米 块 形 格 兴 寸 剂 舟 丈 队 今 外 圆 案 程 对 阵', true),
  e('担', 'measure', '任 当 心 保 负 忧 子 纲 责 起'),
  e('匹', 'count', '配 马 夫 敌'),
  e('箱', 'measure', '包 子 体'),
  e('锭', 'count'),
  e('群', 'count', '众 体 组 落 岛 星 英 团 租 防 像 居 策 聊 发 山 智 芳 书'),
  e('英寸', 'measure'),
  e('标准箱', 'measure'),
  e('标箱', 'measure'),
  e('载货汽车', 'measure'),
  e('kWh', 'measure'),
  e('kW', 'measure'),
  e('MW', 'measure'),
  e('GW', 'measure'),
  e('km', 'measure'),
  e('TEU', 'measure'),
  e('Mbps', 'measure'),
  e('Gbps', 'measure'),
  e('GB', 'measure'),
  e('TB', 'measure'),
  e('PB', 'measure'),
  // counts: people
  e('人次', 'count'),
  e('人日', 'count'),
  e('人', 'count', '论坛 民 口 才 员 力 类 文 权 心 数 气 格 性 事 群 士 间 物 情 选 身 均 造 们 手 道 本 居 体 家 户 社 防 武 大代表 工智能'),
  e('名', 'count', '义 称 单 列 额 誉 牌 录 片 胜 著 言 次 号 字'),
  e('位', 'count', '一体 数 置 于 列 居 次 阶 移'),
  e('户次', 'count'),
  e('户', 'count', '籍 口 型 外 内 主 部 均 头 主'),
  e('家次', 'count'),
  e('家', 'count', '庭 长 园 乡 属 里 喻 族 人 政 底 务 具 境 风 门 中 常'),
  // counts: things
  e('个', 'count', '性化 别 体户 税 人所得'),
  e('所', 'count', '谓 以 有 在 属 得 需 长 述 为 在地 学校都'),
  e('项', 'count', '规定 链'),
  e('门次', 'count'),
  e('门', 'count', '峡 户 槛 类 口 诊 店 面 前 下 窗 票 禁 路 槛'),
  e('场次', 'count'),
  e('场', 'count', '所 景 地 馆 合 面 景 域 次 站 部 上 内 外 长'),
  e('届', 'count', '全 中 人 政 三中 四中 五中 六中 七中 一中 二中 代 委 世 亚 奥 理 董 监 会 时 满 次'),
  e('批次', 'count'),
  e('批', 'count', '准 评 示 复 判 量 次 发 转 文 件'),
  e('件次', 'count'),
  e('件', 'count'),
  e('部门', 'count'),
  e('部', 'count', '分 署 长 委 位 队 门 署 省 队 属 件 落 署'),
  e('条', 'count', '件 例 款 线 理 码 幅 腿 龙'),
  e('支', 'count', '持 付 出 部 援 柱 撑 线 行'),
  e('座', 'count', '谈 右 位 次 席'),
  e('块', 'count', '状 钱'),
  e('间', 'count', '隔 接 歇 断 距'),
  e('节', 'count', '能 约 日 假 点 目 奏 水 电 俭 庆'),
  e('辆', 'count'),
  e('台', 'count', '湾 阶 账 风 上 下 前 独 州 商 江'),
  e('套（间）', 'count'),
  e('套(间)', 'count'),
  e('套', 'count', '餐 路 取 用 利 现'),
  e('张', 'count', '家 贴 扬 力 图 口 开 弛 榜 望 罗 冠'),
  e('床', 'count', '上 下 单 边 头'),
  e('篇', 'count', '章 幅'),
  e('本', 'count', '科 地 市 县 区 级 届 年 次 单 部 省 书记 人 身 质 领 着 体 源 来 土 国 职 校 岗 条 文 底 轮 期 院 色'),
  e('册', 'count', '子'),
  e('份', 'count', '额 子 内'),
  e('期', 'count', '间 限 末 中 初 货 刊 待 望 盼 满 内 以 后 前 权 次 工 限 值 房'),
  e('轮', 'count', '次 流 换 廓 胎 岗 值 机 动 训'),
  e('次', 'count', '分配 产业 性 要 生 序 日 年 月 级 之 元 数 贷 声 品'),
  e('处', 'count', '理 置 分 罚 室 长 级 在 于 境 事 方 世 处'),
  e('栋', 'count'),
  e('幢', 'count'),
  e('层', 'count', '级 次 面 层 出 峰'),
  e('艘', 'count'),
  e('架次', 'count'),
  e('架', 'count', '构 子 设 势'),
  e('列', 'count', '入 出 车 举 表 为 支 明'),
  e('头', 'count', '部 脑 等 号 条 羊 猪 牛', true),
  e('只', 'count', '要 有 是 能 会 在 不 好 需 得 限 对 为 用 管 可 讲 看 顾', true),
  e('株', 'count'),
  e('棵', 'count'),
  e('枚', 'count', '举'),
  e('幅', 'count', '度'),
  e('门课', 'count'),
  e('课', 'count', '程 题 堂 时 后 前 外 表 本', true),
  e('章', 'count', '程 节'),
  e('片', 'count', '区 面 子 段 言 刻'),
  e('组', 'count', '织 建 成 团 合 长 件 委 别 员 部 团'),
  e('队', 'count', '伍 员 长'),
  e('班', 'count', '子 级 组 长 车 次 主 额 线'),
  e('车次', 'count'),
  e('航次', 'count'),
  e('车道', 'count'),
  e('款', 'count', '项 式 待 额 物 到 项'),
  e('趟', 'count'),
  e('宗', 'count', '旨 教 族 地'),
  e('起', 'count', '草 步 来 点 始 源 码 跑 飞 诉 到 重 伏 身 因 了 作 色 航'),
  e('例', 'count', '如 外 行 会 证 子 句 题 规 制'),
  e('首', 'count', '先 位 要 次 批 席 都 创 台 站 发 个 届 府 轮 选 末 推 款 例', true),
  e('点', 'count', '0 1 2 3 4 5 6 7 8 9 零 一 二 三 四 五 六 七 八 九 十 半 钟 整 前 后 多 位 击 燃 亮 赞 评 名 面 对 单 播 点 上 下 位 左 到 至 儿 滴 睛 线 状 缀 拨 题 明 校'),
  e('方面', 'count'),
  e('种', 'count', '植 子 业 养 类 族 苗 粮 源 群 地 质'),
  e('类', 'level'),
  e('级', 'level'),
  e('大类', 'count'),
  // medals
  e('金牌', 'medal'),
  e('银牌', 'medal'),
  e('铜牌', 'medal'),
  e('奖牌', 'medal'),
  e('金', 'medal'),
  e('银', 'medal'),
  e('铜', 'medal'),
];

/**
 * Slogans and names built as numeral + 个/项/位 + word: 四个意识, 两个维护, 八项规定,
 * 五位一体. When one of these words follows the measure word, the phrase is a name,
 * not a count.
 */
export const SLOGAN_TAILS: readonly string[] = [
  '意识', '自信', '维护', '确立', '全面', '代表', '务必', '结合', '大局', '面向', '毫不动摇', '有利于', '只增不减',
  '必由之路', '明确', '坚持', '一百年', '转变', '最严', '不摘', '先行', '区分开来', '规定', '一体', '没有变', '倍增',
  '不发生', '必须', '不动摇', '不减', '不降', '只增', '一批', '决不', '绝不', '基本点', '有之', '到位',
];

/**
 * Phrases that contain a numeral and a measure word but are idioms or names; matched
 * against the text at the numeral's start.
 */
export const IDIOMS: readonly string[] = [
  '千家万户', '万家灯火', '百家争鸣', '万人空巷', '千人一面', '千军万马', '一家一户', '三令五申', '三番五次',
  '一人一档', '一生一档', '一校一品', '一校一案', '一人一策', '一企一策', '一县一策', '一事一议', '一岗双责',
  '一张图', '一张网', '一张蓝图', '一件事', '一次性', '一条龙', '一门式', '一站式', '一揽子', '一部分',
  '五项原则', '约法三章', '两条腿', '一个个', '一项项', '一批批', '一次次', '一件件', '一座座', '一所所', '一年年', '一天天',
  '三天打鱼', '十年树木', '百年树人', '百年大计', '千年大计', '五年规划', '两点论', '一点点', '两点一线',
  '九年义务', '十二年义务',
];
