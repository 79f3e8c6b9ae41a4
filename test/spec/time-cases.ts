// Short cases for findTimes: an input phrase, a reference date, and every time expected in
// it (raw as written, kind, and where given the interval, resolution and recurrence).
// `times: []` is a negative case: nothing in it is a time.

export interface ExpectedTime {
  raw: string;
  kind: 'deadline' | 'period' | 'recurring' | 'past';
  /** [start, end] ISO dates, or null for no interval. Omitted: not checked. */
  interval?: [string, string] | null;
  resolution?: 'stated' | 'implied' | 'unresolved';
  recurrence?: string | null;
}

export interface TimeCase {
  input: string;
  ref?: string | null;
  times: ExpectedTime[];
  note?: string;
}

const REF = '2025-03-05';

export const TIME_CASES: TimeCase[] = [
  // ── relative years ──────────────────────────────────────────────────────────
  { input: '年内完成20所乡镇初中、30所村小校舍改造', ref: REF, times: [{ raw: '年内', kind: 'deadline', interval: ['2025-01-01', '2025-12-31'], resolution: 'implied' }] },
  { input: '年内完成20所乡镇初中改造', ref: null, times: [{ raw: '年内', kind: 'deadline', interval: null, resolution: 'unresolved' }] },
  { input: '力争年内建成', ref: REF, times: [{ raw: '年内', kind: 'deadline', interval: ['2025-01-01', '2025-12-31'] }] },
  { input: '2024年内完成验收', ref: REF, times: [{ raw: '2024年内', kind: 'deadline', interval: ['2024-01-01', '2024-12-31'], resolution: 'stated' }] },
  { input: '三年内全部完成', ref: REF, times: [{ raw: '三年内', kind: 'deadline' }] },
  { input: '今年是“十四五”规划收官之年', ref: REF, times: [{ raw: '今年', kind: 'deadline', interval: ['2025-01-01', '2025-12-31'], resolution: 'implied' }, { raw: '“十四五”', kind: 'period', interval: ['2021-01-01', '2025-12-31'], resolution: 'stated' }] },
  { input: '今年以来，经济运行总体平稳', ref: REF, times: [{ raw: '今年以来', kind: 'past', interval: ['2025-01-01', '2025-03-05'] }] },
  { input: '今年底前全面完成', ref: REF, times: [{ raw: '今年底', kind: 'deadline', interval: ['2025-12-01', '2025-12-31'] }] },
  { input: '今年上半年开工建设', ref: REF, times: [{ raw: '今年上半年', kind: 'deadline', interval: ['2025-01-01', '2025-06-30'] }] },
  { input: '明年全面推开', ref: REF, times: [{ raw: '明年', kind: 'deadline', interval: ['2026-01-01', '2026-12-31'], resolution: 'implied' }] },
  { input: '明年底前实现全覆盖', ref: REF, times: [{ raw: '明年底', kind: 'deadline', interval: ['2026-12-01', '2026-12-31'] }] },
  { input: '年底前完成整改', ref: REF, times: [{ raw: '年底前', kind: 'deadline', interval: ['2025-12-01', '2025-12-31'], resolution: 'implied' }] },
  { input: '到年底，全市新建幼儿园10所', ref: REF, times: [{ raw: '到年底', kind: 'deadline', interval: ['2025-12-01', '2025-12-31'] }] },
  { input: '年末全国城镇调查失业率降到5.2%', ref: REF, times: [{ raw: '年末', kind: 'deadline' }], note: '年末 is the end of the year, not the whole year' },
  { input: '市教育局通报了去年全市教育工作情况', ref: REF, times: [{ raw: '去年', kind: 'past', interval: ['2024-01-01', '2024-12-31'], resolution: 'implied' }] },
  { input: '去年一季度经济开局良好', ref: REF, times: [{ raw: '去年一季度', kind: 'past', interval: ['2024-01-01', '2024-03-31'] }] },
  { input: '去年底，全省共有幼儿园300所', ref: REF, times: [{ raw: '去年底', kind: 'past', interval: ['2024-12-01', '2024-12-31'] }] },
  { input: '新的一年，我们要深入贯彻', ref: REF, times: [{ raw: '新的一年', kind: 'deadline', interval: ['2025-01-01', '2025-12-31'] }] },
  { input: '本学期开设劳动课', ref: REF, times: [{ raw: '本学期', kind: 'deadline', interval: null }] },
  { input: '秋季学期实现全面复学', ref: REF, times: [{ raw: '秋季学期', kind: 'deadline' }] },
  { input: '一、2024年工作回顾\n过去一年，我国发展历程很不平凡。全年经济运行前高、中低、后扬。', ref: REF, times: [{ raw: '2024年', kind: 'past', interval: ['2024-01-01', '2024-12-31'] }, { raw: '过去一年', kind: 'past' }, { raw: '全年', kind: 'past' }] },
  { input: '三、2025年政府工作任务\n努力完成全年经济社会发展目标任务。', ref: REF, times: [{ raw: '2025年', kind: 'deadline' }, { raw: '全年', kind: 'deadline', interval: ['2025-01-01', '2025-12-31'] }] },
  { input: '一、2024年工作回顾\n进入二季度以后主要指标连续走低', ref: REF, times: [{ raw: '2024年', kind: 'past' }, { raw: '二季度以后', kind: 'past' }] },
  { input: '本年度内完成', ref: REF, times: [{ raw: '本年度内', kind: 'deadline', interval: ['2025-01-01', '2025-12-31'] }] },

  // ── stated years and dates ──────────────────────────────────────────────────
  { input: '到2025年，新建义务教育学校5所', ref: REF, times: [{ raw: '到2025年', kind: 'deadline', interval: ['2025-03-05', '2025-12-31'], resolution: 'stated' }] },
  { input: '到2025年底基本建成', ref: '2023-01-01', times: [{ raw: '到2025年底', kind: 'deadline', interval: ['2023-01-01', '2025-12-31'] }] },
  { input: '到2030年，高质量发展取得显著成效', ref: null, times: [{ raw: '到2030年', kind: 'deadline', interval: ['2030-01-01', '2030-12-31'], resolution: 'stated' }] },
  { input: '到二〇三五年基本实现社会主义现代化', ref: null, times: [{ raw: '到二〇三五年', kind: 'deadline', interval: ['2035-01-01', '2035-12-31'] }] },
  { input: '2025年6月底前完成', ref: REF, times: [{ raw: '2025年6月底前', kind: 'deadline', interval: ['2025-03-05', '2025-06-30'], resolution: 'stated' }] },
  { input: '该项工作于2019年4月底前完成', ref: null, times: [{ raw: '2019年4月底前', kind: 'deadline', interval: ['2019-04-21', '2019-04-30'] }] },
  { input: '截至2024年底，全市共有中小学120所', ref: REF, times: [{ raw: '截至2024年底', kind: 'past', interval: ['2024-12-31', '2024-12-31'] }] },
  { input: '从2019年开始，在职业院校启动试点', ref: '2019-01-24', times: [{ raw: '从2019年开始', kind: 'deadline', interval: ['2019-01-01', '2019-12-31'] }] },
  { input: '自2019年开始，围绕现代农业开展培训', ref: '2019-01-24', times: [{ raw: '自2019年开始', kind: 'deadline' }] },
  { input: '从2019年起，在有条件的地区探索', ref: '2019-01-24', times: [{ raw: '从2019年起', kind: 'deadline' }] },
  { input: '2020年起基本不再从应届毕业生中招聘', ref: '2019-01-24', times: [{ raw: '2020年起', kind: 'deadline' }] },
  { input: '从2019年1月1日起，实施青年见习计划', ref: '2018-12-05', times: [{ raw: '从2019年1月1日起', kind: 'deadline', interval: ['2019-01-01', '2019-01-01'] }] },
  { input: '2012年以来，全市累计投入12亿元', ref: REF, times: [{ raw: '2012年以来', kind: 'past', interval: ['2012-01-01', '2025-03-05'] }] },
  { input: '2020年初步建成300个示范性职业教育集团', ref: '2019-01-24', times: [{ raw: '2020年', kind: 'deadline', interval: ['2020-01-01', '2020-12-31'] }], note: '初步 is not 年初' },
  { input: '2020年省级基本功、优秀课获奖15名', ref: '2023-12-06', times: [{ raw: '2020年', kind: 'past' }] },
  { input: '2035年上海要如期基本建成国际大都市', ref: '2026-02-09', times: [{ raw: '2035年', kind: 'deadline' }] },
  { input: '2025年是“十四五”规划冲刺收官之年', ref: '2026-02-09', times: [{ raw: '2025年', kind: 'past' }, { raw: '“十四五”', kind: 'period' }] },
  { input: '三、2026年主要任务', ref: '2026-02-09', times: [{ raw: '2026年', kind: 'deadline' }] },
  { input: '一、2025年工作回顾', ref: '2026-02-09', times: [{ raw: '2025年', kind: 'past' }] },
  { input: '一、2025年工作回顾', ref: null, times: [{ raw: '2025年', kind: 'past', resolution: 'stated' }], note: 'the heading says review' },
  { input: '实施优化营商环境2026年行动方案', ref: '2026-02-09', times: [{ raw: '2026年', kind: 'period' }] },
  { input: '2025年上半年，试点城市印发实施方案', ref: '2024-12-01', times: [{ raw: '2025年上半年', kind: 'deadline', interval: ['2025-01-01', '2025-06-30'] }] },
  { input: '2024年三季度，全市新增就业1万人', ref: REF, times: [{ raw: '2024年三季度', kind: 'past', interval: ['2024-07-01', '2024-09-30'] }] },
  { input: '2018年11月，党中央、国务院印发意见', ref: '2019-01-22', times: [{ raw: '2018年11月', kind: 'past', interval: ['2018-11-01', '2018-11-30'] }] },
  { input: '编制《**市中小学布局专项规划(2025-2030)》', ref: null, times: [{ raw: '2025-2030', kind: 'period', interval: ['2025-01-01', '2030-12-31'], resolution: 'stated' }] },
  { input: '《2021—2025年教师队伍建设规划》', ref: null, times: [{ raw: '2021—2025年', kind: 'period', interval: ['2021-01-01', '2025-12-31'] }] },
  { input: '2019年1月1日至2020年12月31日，对就业困难人员给予补贴', ref: '2018-12-05', times: [{ raw: '2019年1月1日至2020年12月31日', kind: 'period', interval: ['2019-01-01', '2020-12-31'] }] },
  { input: '2019年6月至12月开展专项整治', ref: '2019-05-01', times: [{ raw: '2019年6月至12月', kind: 'period', interval: ['2019-06-01', '2019-12-31'] }] },
  { input: '各地要在6月底前上报', ref: REF, times: [{ raw: '6月底前', kind: 'deadline', interval: ['2025-06-21', '2025-06-30'], resolution: 'implied' }] },

  // ── five-year plans ─────────────────────────────────────────────────────────
  { input: '“十四五”以来，全市上下坚持把教育摆在优先发展位置', ref: REF, times: [{ raw: '“十四五”以来', kind: 'past', interval: ['2021-01-01', '2025-03-05'] }] },
  { input: '“十五五”时期是乘势而上的全面发力期', ref: '2026-02-09', times: [{ raw: '“十五五”时期', kind: 'period', interval: ['2026-01-01', '2030-12-31'] }] },
  { input: '“十四五”时期，上海发展历程极不寻常', ref: '2026-02-09', times: [{ raw: '“十四五”时期', kind: 'past', interval: ['2021-01-01', '2025-12-31'] }], note: 'a plan period already over' },
  { input: '十四五期间新建学校20所', ref: '2022-01-01', times: [{ raw: '十四五期间', kind: 'period', interval: ['2021-01-01', '2025-12-31'] }] },
  { input: '到“十四五”末，学前教育毛入园率达到90%', ref: '2022-01-01', times: [{ raw: '“十四五”末', kind: 'period', interval: ['2025-01-01', '2025-12-31'] }] },
  { input: '确保“十二五”淘汰任务提前一年完成', ref: '2014-03-05', times: [{ raw: '“十二五”', kind: 'period', interval: ['2011-01-01', '2015-12-31'] }] },
  { input: '今年将开展“十五五”规划编制工作', ref: REF, times: [{ raw: '今年', kind: 'deadline' }, { raw: '“十五五”', kind: 'period', interval: ['2026-01-01', '2030-12-31'] }] },
  { input: '“十五”计划期间', ref: null, times: [{ raw: '“十五”', kind: 'period', interval: ['2001-01-01', '2005-12-31'] }] },

  // ── periods and programmes ──────────────────────────────────────────────────
  { input: '系统谋划当前和今后一个时期我市教育发展重点任务', ref: REF, times: [{ raw: '当前和今后一个时期', kind: 'period' }] },
  { input: '明确当前及今后一段时期创建工作的重点', ref: REF, times: [{ raw: '当前及今后一段时期', kind: 'period' }] },
  { input: '研究部署下一阶段教育工作重点', ref: REF, times: [{ raw: '下一阶段', kind: 'period' }] },
  { input: '实施高中卓越中青年校长三年培养行动', ref: REF, times: [{ raw: '三年', kind: 'period' }] },
  { input: '制定实施教育强国建设三年行动计划', ref: REF, times: [{ raw: '三年', kind: 'period' }] },
  { input: '出台实施新型城镇化战略五年行动计划', ref: REF, times: [{ raw: '五年', kind: 'period' }] },
  { input: '推进崇明世界级生态岛建设第六轮三年行动计划', ref: REF, times: [{ raw: '三年', kind: 'period' }] },
  { input: '坚定推进长江十年禁渔', ref: REF, times: [{ raw: '十年', kind: 'period' }] },
  { input: '有序推进第二轮土地承包到期后再延长30年试点', ref: REF, times: [{ raw: '30年', kind: 'period' }] },
  { input: '完善过渡期后帮扶政策体系', ref: REF, times: [{ raw: '过渡期后', kind: 'period' }] },
  { input: '提出了今后五年经济社会发展的主要任务', ref: REF, times: [{ raw: '今后五年', kind: 'period' }] },
  { input: '在“十五五”基础上再奋斗五年', ref: '2026-02-09', times: [{ raw: '“十五五”', kind: 'period' }, { raw: '五年', kind: 'deadline' }] },
  { input: '经过5—10年左右时间，职业教育基本完成转变', ref: '2019-01-24', times: [{ raw: '5—10年左右', kind: 'deadline' }] },
  { input: '用三年时间基本消除大班额', ref: REF, times: [{ raw: '三年', kind: 'deadline' }] },

  // ── legal and procedural deadlines ──────────────────────────────────────────
  { input: '立即向国务院上报有关情况（最迟不超过4个小时）', ref: null, times: [{ raw: '最迟不超过4个小时', kind: 'deadline' }] },
  { input: '确保在规定时间内将粮食调拨到位', ref: null, times: [{ raw: '规定时间内', kind: 'deadline' }] },
  { input: '本预案自印发之日起实施。', ref: '2005-06-11', times: [{ raw: '自印发之日起', kind: 'deadline', interval: ['2005-06-11', '2005-06-11'], resolution: 'implied' }] },
  { input: '本办法自发布之日起施行', ref: null, times: [{ raw: '自发布之日起', kind: 'deadline', interval: null, resolution: 'unresolved' }] },
  { input: '要在本意见印发之日起30日内制定实施办法', ref: null, times: [{ raw: '30日内', kind: 'deadline' }] },
  { input: '收到申请后5个工作日内办结', ref: null, times: [{ raw: '5个工作日内', kind: 'deadline' }] },

  // ── recurring ───────────────────────────────────────────────────────────────
  { input: '语文、历史等学科每学期至少开展2次专题教研', ref: REF, times: [{ raw: '每学期', kind: 'recurring', recurrence: 'semester', interval: null }] },
  { input: '每月到农村学校开展“同课异构”', ref: REF, times: [{ raw: '每月', kind: 'recurring', recurrence: 'month' }] },
  { input: '各地于每年3月底前报送上年度工作总结', ref: REF, times: [{ raw: '每年3月底前', kind: 'recurring', recurrence: 'year' }] },
  { input: '每月10日前上报统计数据', ref: REF, times: [{ raw: '每月10日前', kind: 'recurring', recurrence: 'month' }] },
  { input: '每季度末通报一次进展', ref: REF, times: [{ raw: '每季度末', kind: 'recurring', recurrence: 'quarter' }] },
  { input: '每学期初开展安全教育', ref: REF, times: [{ raw: '每学期初', kind: 'recurring', recurrence: 'semester' }] },
  { input: '到本世纪中叶建成社会主义现代化强国', ref: REF, times: [{ raw: '到本世纪中叶', kind: 'deadline', interval: ['2050-01-01', '2050-12-31'] }] },
  { input: '每年召开两次会议', ref: REF, times: [{ raw: '每年', kind: 'recurring', recurrence: 'year' }] },
  { input: '每周至少开展一次体育活动', ref: REF, times: [{ raw: '每周', kind: 'recurring', recurrence: 'week' }] },
  { input: '保证学生每天校内校外各1小时体育活动时间', ref: REF, times: [{ raw: '每天', kind: 'recurring', recurrence: 'day' }] },
  { input: '每学年开展一次评估', ref: REF, times: [{ raw: '每学年', kind: 'recurring', recurrence: 'school-year' }] },
  { input: '原则上每5年修订1次职业院校专业目录', ref: REF, times: [{ raw: '每5年', kind: 'recurring', recurrence: '5 years' }] },
  { input: '每3年修订1次教材', ref: REF, times: [{ raw: '每3年', kind: 'recurring', recurrence: '3 years' }] },
  { input: '每季度通报一次进展', ref: REF, times: [{ raw: '每季度', kind: 'recurring', recurrence: 'quarter' }] },
  { input: '定期组织教师体检', ref: REF, times: [{ raw: '定期', kind: 'recurring', recurrence: 'regular' }] },
  { input: '确保一般公共预算教育支出逐年只增不减', ref: REF, times: [{ raw: '逐年', kind: 'recurring', recurrence: 'year' }] },
  { input: '实施职业教育质量年度报告制度', ref: REF, times: [{ raw: '年度', kind: 'recurring', recurrence: 'year' }] },
  { input: '落实教师5年一周期的全员轮训制度', ref: REF, times: [{ raw: '5年一周期', kind: 'recurring', recurrence: '5 years' }] },
  { input: '生活费补贴政策每人每年只享受一次', ref: REF, times: [{ raw: '每年', kind: 'recurring' }] },

  // ── past spans ──────────────────────────────────────────────────────────────
  { input: '近三年，我市累计招聘高层次人才3人', ref: REF, times: [{ raw: '近三年', kind: 'past', interval: ['2022-03-05', '2025-03-05'], resolution: 'implied' }] },
  { input: '近年来，累计投入资金**亿元', ref: REF, times: [{ raw: '近年来', kind: 'past', interval: null }] },
  { input: '近几年来，全县教育面貌焕然一新', ref: REF, times: [{ raw: '近几年来', kind: 'past' }] },
  { input: '截至目前，我市共有XX省特级教师19名', ref: REF, times: [{ raw: '截至目前', kind: 'past', interval: ['2025-03-05', '2025-03-05'] }] },
  { input: '过去一年，我国发展历程很不平凡', ref: REF, times: [{ raw: '过去一年', kind: 'past', interval: ['2024-03-05', '2025-03-05'] }] },
  { input: '过去这些年，我们通过义务教育基本均衡创建', ref: REF, times: [{ raw: '过去这些年', kind: 'past', interval: null }] },
  { input: '一年来，面对外部压力加大', ref: REF, times: [{ raw: '一年来', kind: 'past' }] },
  { input: '五年来主要做了以下工作', ref: REF, times: [{ raw: '五年来', kind: 'past' }] },
  { input: '这五年，综合经济实力再攀新高峰', ref: REF, times: [{ raw: '这五年', kind: 'past' }] },
  { input: '上海港集装箱吞吐量连续16年排名世界第一', ref: REF, times: [{ raw: '连续16年', kind: 'past' }] },
  { input: '改革开放以来，职业教育为经济社会发展提供了支撑', ref: REF, times: [{ raw: '改革开放以来', kind: 'past' }] },
  { input: '党的十八大以来，党中央深入实施可持续发展战略', ref: REF, times: [{ raw: '党的十八大以来', kind: 'past' }] },
  { input: '刚刚过去的2025年，全省上下坚决贯彻', ref: '2026-01-20', times: [{ raw: '过去的2025年', kind: 'past', interval: ['2025-01-01', '2025-12-31'], resolution: 'stated' }] },

  { input: '《2023年至2025年行动方案》', ref: null, times: [{ raw: '2023年至2025年', kind: 'period', interval: ['2023-01-01', '2025-12-31'] }] },
  { input: '今后一个时期，着重解决好现有“三个1亿人”问题', ref: REF, times: [{ raw: '今后一个时期', kind: 'period' }] },
  { input: '2025年前全面完成改造', ref: '2023-05-01', times: [{ raw: '2025年前', kind: 'deadline', interval: ['2023-05-01', '2025-12-31'] }] },
  { input: '到2027年，全省普惠性幼儿园覆盖率达到92%', ref: '2024-02-01', times: [{ raw: '到2027年', kind: 'deadline' }] },
  { input: '力争用三年时间基本完成', ref: REF, times: [{ raw: '三年', kind: 'deadline' }] },
  { input: '每两周召开一次调度会', ref: REF, times: [{ raw: '每两周', kind: 'recurring', recurrence: '2 weeks' }] },
  { input: '截止到2023年12月31日，全市共有学校500所', ref: '2024-03-01', times: [{ raw: '截止到2023年12月31日', kind: 'past', interval: ['2023-12-31', '2023-12-31'] }] },
  { input: '三、2025年重点工作\n上半年完成方案编制', ref: REF, times: [{ raw: '2025年', kind: 'deadline' }, { raw: '上半年', kind: 'deadline', interval: ['2025-01-01', '2025-06-30'] }] },
  { input: '经济增速2022年以来连续16个季度高于全国', ref: '2026-01-20', times: [{ raw: '2022年以来', kind: 'past' }, { raw: '连续16个季度', kind: 'past' }] },
  { input: '居民人均可支配收入年均增长5%', times: [], note: '年均 is a rate' },
  { input: '全年龄段覆盖', times: [] },
  { input: '2024年度考核优秀', times: [] },
  { input: '近期将出台实施细则', times: [], note: '近期 is too vague to annotate' },
  { input: '实施十五年一贯制办学', times: [] },

  { input: '2025年秋季学期起全面实施', ref: REF, times: [{ raw: '2025年秋季学期起', kind: 'deadline', interval: ['2025-09-01', '2025-12-31'] }] },
  { input: '秋季开学前完成校舍维修', ref: REF, times: [{ raw: '秋季开学前', kind: 'deadline', interval: null }] },
  { input: '汛期前完成隐患排查', ref: REF, times: [{ raw: '汛期前', kind: 'deadline' }] },

  // ── not times ───────────────────────────────────────────────────────────────
  { input: '以党的二十大精神为指引', times: [], note: '二十大 is a congress' },
  { input: '首次单独将教育、科技和人才合在一起放在第五部分', times: [] },
  { input: '第一次全国教育大会', times: [] },
  { input: '农村学校按师生比不低于1:2000配备专职教师', times: [] },
  { input: '全面贯彻2025年全国教育工作会议精神', times: [], note: 'a year inside the name of a meeting' },
  { input: '全面落实2025年全国、全省教育工作会议部署', times: [] },
  { input: '2026年上海市政府工作报告', times: [], note: 'a title' },
  { input: '发布时间: 2022-12-26 09:52', times: [] },
  { input: '国务院\n2019年1月24日', times: [], note: 'a signature date' },
  { input: '特别是坚决贯彻落实9月26日中央政治局会议部署', times: [] },
  { input: '人均地区生产总值比2020年翻一番', times: [], note: 'a comparison base' },
  { input: '赤字规模5.66万亿元、比上年增加1.6万亿元', times: [] },
  { input: '比去年增长5%', times: [] },
  { input: '较“十三五”末的9323.1亿元增加4374.4亿元', times: [] },
  { input: '一年级新生入学', times: [] },
  { input: '庆祝中华人民共和国成立75周年', times: [] },
  { input: '指挥部办公室必须24小时值班', times: [] },
  { input: '具有3年以上企业工作经历', times: [] },
  { input: '具有5年以上优秀培训业绩的机构', times: [] },
  { input: '办好第十五届全国运动会', times: [] },
  { input: '《上海市国民经济和社会发展第十五个五年规划纲要（草案）》', times: [], note: 'a plan named in full' },
  { input: '每所学校至少开辟1块种植园，城区学校每校至少2名', times: [] },
  { input: '青少年是祖国的未来', times: [] },
  { input: '定期存款利率下调', times: [] },
  { input: '应届毕业生', times: [] },
  { input: '建军一百年奋斗目标', times: [] },
];
