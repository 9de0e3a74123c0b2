// Writes the 权责清单 of the fictional 示例县 used by `gkml diff` and `gkml diff-register` in
// examples/shili-county/registers/:
//   shili-county-powers-2024.xlsx — the list after the 2024 adjustment, one sheet per department, in the shapes
//     real county lists come in:
//     民政局: two title rows, a two-row merged header (事项名称 over 主项 | 子项, 责任主体 over 实施主体 | 承办机构),
//             主项 and 权力类型 merged down their 子项, 同上 cells, local type words (行政审批, 行政监督, 其他职权, 审核转报);
//     人社局: a title row, a one-row header under other names (职权编码, 职权名称, 法定主体 …), no type column —
//             the type comes from section rows (一、行政许可（4项）);
//     教育局, 公安局, 生态环境分局, 示例镇: a title row and a flat one-row header (教育局 writes the national type
//             codes 01–10, 20; 示例镇 has a 行使层级 column and marks devolved powers 下放 in 备注);
//   shili-county-powers-2023.xlsx — the same list before the 2024 adjustment (ADJUSTMENT_2024 below), so that
//     `gkml diff-register registers/shili-county-powers-2023.xlsx registers/shili-county-powers-2024.xlsx` shows
//     each kind of change: 新增, 取消, 调整 (name, basis, code, 子项), 类型变化, 下放;
//   shili-county-powers-2024.csv — the 2024 powers as one flat table (UTF-8 with BOM, as Excel saves "CSV UTF-8"),
//     with national and letter type codes.
// The place, its offices and its codes are invented; the power names follow real county lists and the laws cited
// are real (documents of 示例省 are invented too).
// Deliberate gaps for `gkml diff`: most powers have no catalogue item; SLX-GF-002 was merged into SLX-QR-001 in the
// 2024 adjustment, so the catalogue's reference to it is stale; 失业保险金 is named differently; one owner differs.
// Run: node scripts/make-example-registers.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const OUT = fileURLToPath(new URL('../examples/shili-county/registers/', import.meta.url));
const MZ = '示例县民政局';
const RS = '示例县人力资源和社会保障局';
const JY = '示例县教育局';
const GA = '示例县公安局';
const HB = '示例市生态环境局示例县分局';
const XZ = '示例县示例镇人民政府';

const LAW = {
  rescue: '《社会救助暂行办法》（国务院令第709号）',
  dibao: '《社会救助暂行办法》（国务院令第709号）；《最低生活保障审核确认办法》（民发〔2021〕57号）',
  tekun: '《社会救助暂行办法》（国务院令第709号）；《特困人员认定办法》（民发〔2021〕43号）',
  elderly: '《中华人民共和国老年人权益保障法》；《养老机构管理办法》（民政部令第66号）',
  social: '《社会团体登记管理条例》',
  private: '《民办非企业单位登记管理暂行条例》',
  charity: '《中华人民共和国慈善法》（2023年修正）',
  funeral: '《殡葬管理条例》',
  place: '《地名管理条例》',
  boundary: '《行政区域界线管理条例》',
  marriage: '《婚姻登记条例》',
  adoption: '《中华人民共和国民法典》；《中国公民收养子女登记办法》',
  children: '《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）',
  disabled: '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
  vagrant: '《城市生活无着的流浪乞讨人员救助管理办法》',
  labour: '《中华人民共和国劳动法》；《劳动保障监察条例》',
  contract: '《中华人民共和国劳动合同法》',
  employment: '《中华人民共和国就业促进法》；《就业服务与就业管理规定》',
  market: '《人力资源市场暂行条例》',
  insurance: '《中华人民共和国社会保险法》',
  levy: '《社会保险费征缴暂行条例》',
  injury: '《工伤保险条例》',
  unemployment: '《失业保险条例》',
  training: '《中华人民共和国民办教育促进法》',
  wages: '《保障农民工工资支付条例》',
  arbitration: '《中华人民共和国劳动争议调解仲裁法》',
  education: '《中华人民共和国教育法》',
  compulsory: '《中华人民共和国义务教育法》',
  teacher: '《中华人民共和国教师法》；《教师资格条例》',
  studentAid: '《中华人民共和国义务教育法》；《学生资助资金管理办法》',
  exam: '《中华人民共和国教育法》；《国家教育考试违规处理办法》',
  preschool: '《中华人民共和国学前教育法》',
  security: '《中华人民共和国治安管理处罚法》',
  hukou: '《中华人民共和国户口登记条例》',
  idcard: '《中华人民共和国居民身份证法》',
  residence: '《居住证暂行条例》',
  events: '《大型群众性活动安全管理条例》',
  fireworks: '《烟花爆竹安全管理条例》',
  explosives: '《民用爆炸物品安全管理条例》',
  hazchem: '《危险化学品安全管理条例》',
  hotel: '《旅馆业治安管理办法》',
  traffic: '《中华人民共和国道路交通安全法》',
  entertainment: '《娱乐场所管理条例》',
  eia: '《中华人民共和国环境影响评价法》',
  environment: '《中华人民共和国环境保护法》',
  air: '《中华人民共和国大气污染防治法》',
  water: '《中华人民共和国水污染防治法》',
  solid: '《中华人民共和国固体废物污染环境防治法》',
  noise: '《中华人民共和国噪声污染防治法》',
  soil: '《中华人民共和国土壤污染防治法》',
  permit: '《排污许可管理条例》',
  farm: '《示例省耕地地力保护补贴实施办法》（虚构）',
  town: '《示例省赋予乡镇（街道）县级行政权力事项指导目录》（虚构）',
};

/** A power without 子项; `extra` may give its 行使层级 (level). */
const one = (code, name, type, basis, office, note, extra = {}) => ({ code, name, type, basis, office, ...(note ? { note } : {}), ...extra });
/** A 主项 and its 子项 ([code, name] each); the 子项 share the type, basis and office. 'same' writes 同上 instead of merging. */
const group = (name, type, basis, office, subs, style = 'merge') => ({ name, type, basis, office, subs, style });

/** 示例县民政局. `type` is written as the county's list writes it (local words included). */
const CIVIL = [
  one('SLX-XK-002', '慈善组织公开募捐资格审批', '行政审批', LAW.charity, '社会组织管理股'),
  group('社会团体成立、变更、注销登记', '行政许可', LAW.social, '社会组织管理股', [
    ['SLX-XK-008-01', '社会团体成立登记'], ['SLX-XK-008-02', '社会团体变更登记'], ['SLX-XK-008-03', '社会团体注销登记'],
  ]),
  group('民办非企业单位成立、变更、注销登记', '行政审批', LAW.private, '社会组织管理股', [
    ['SLX-XK-009-01', '民办非企业单位成立登记'], ['SLX-XK-009-02', '民办非企业单位变更登记'], ['SLX-XK-009-03', '民办非企业单位注销登记'],
  ], 'same'),
  group('殡葬设施建设审批', '行政许可', LAW.funeral, '社会事务股', [
    ['SLX-XK-010-01', '农村公益性墓地建设审批'], ['SLX-XK-010-02', '殡仪服务站建设审批'],
  ]),
  one('SLX-XK-011', '地名命名、更名审批', '行政许可', LAW.place, '区划地名股'),
  one('SLX-XK-012', '社会团体修改章程核准', '行政许可', LAW.social, '社会组织管理股'),
  one('SLX-CF-001', '对养老机构违反《养老机构管理办法》行为的处罚', '行政处罚', LAW.elderly, '养老服务股'),
  group('对社会团体违法行为的处罚', '行政处罚', LAW.social, '社会组织管理股', [
    ['SLX-CF-101-01', '对社会团体涂改、出租、出借登记证书或者印章的处罚'],
    ['SLX-CF-101-02', '对社会团体超出章程规定的宗旨和业务范围进行活动的处罚'],
    ['SLX-CF-101-03', '对社会团体拒不接受或者不按照规定接受监督检查的处罚'],
    ['SLX-CF-101-04', '对社会团体不按照规定办理变更登记的处罚'],
    ['SLX-CF-101-05', '对社会团体擅自设立分支机构、代表机构的处罚'],
    ['SLX-CF-101-06', '对社会团体从事营利性经营活动的处罚'],
    ['SLX-CF-101-07', '对社会团体侵占、私分、挪用资产或者所接受的捐赠、资助的处罚'],
    ['SLX-CF-101-08', '对社会团体违反规定收取费用、筹集资金或者接受、使用捐赠、资助的处罚'],
  ]),
  one('SLX-CF-102', '对未经登记擅自以社会团体名义进行活动的处罚', '行政处罚', LAW.social, '社会组织管理股'),
  group('对民办非企业单位违法行为的处罚', '行政处罚', LAW.private, '社会组织管理股', [
    ['SLX-CF-103-01', '对民办非企业单位涂改、出租、出借登记证书或者印章的处罚'],
    ['SLX-CF-103-02', '对民办非企业单位超出章程规定的宗旨和业务范围进行活动的处罚'],
    ['SLX-CF-103-03', '对民办非企业单位拒不接受或者不按照规定接受监督检查的处罚'],
    ['SLX-CF-103-04', '对民办非企业单位不按照规定办理变更登记的处罚'],
    ['SLX-CF-103-05', '对民办非企业单位设立分支机构的处罚'],
    ['SLX-CF-103-06', '对民办非企业单位从事营利性经营活动的处罚'],
    ['SLX-CF-103-07', '对民办非企业单位侵占、私分、挪用资产或者所接受的捐赠、资助的处罚'],
    ['SLX-CF-103-08', '对民办非企业单位违反规定收取费用、筹集资金或者接受捐赠、资助的处罚'],
  ], 'same'),
  one('SLX-CF-104', '对未经登记擅自以民办非企业单位名义进行活动的处罚', '行政处罚', LAW.private, '社会组织管理股'),
  group('对慈善组织违法行为的处罚', '行政处罚', LAW.charity, '社会组织管理股', [
    ['SLX-CF-105-01', '对慈善组织未按照慈善宗旨开展活动的处罚'],
    ['SLX-CF-105-02', '对慈善组织私分、挪用、截留或者侵占慈善财产的处罚'],
    ['SLX-CF-105-03', '对慈善组织接受附加违反法律法规或者违背社会公德条件的捐赠的处罚'],
    ['SLX-CF-105-04', '对慈善组织泄露捐赠人、志愿者、受益人个人隐私的处罚'],
    ['SLX-CF-105-05', '对慈善组织未依法履行信息公开义务的处罚'],
    ['SLX-CF-105-06', '对慈善组织不依法向捐赠人开具捐赠票据的处罚'],
    ['SLX-CF-105-07', '对慈善组织未按规定报送年度工作报告和财务会计报告的处罚'],
  ]),
  one('SLX-CF-106', '对不具有公开募捐资格的组织或者个人开展公开募捐的处罚', '行政处罚', LAW.charity, '社会组织管理股'),
  one('SLX-CF-107', '对采取虚构事实等方式欺骗、诱导募捐对象实施捐赠的处罚', '行政处罚', LAW.charity, '社会组织管理股'),
  one('SLX-CF-108', '对慈善信托的受托人未按规定将信托文件报民政部门备案的处罚', '行政处罚', LAW.charity, '社会组织管理股'),
  one('SLX-CF-109', '对擅自兴建殡葬设施的处罚', '行政处罚', LAW.funeral, '社会事务股'),
  one('SLX-CF-110', '对墓穴占地面积超过规定标准的处罚', '行政处罚', LAW.funeral, '社会事务股'),
  one('SLX-CF-111', '对制造、销售不符合国家技术标准的殡葬设备的处罚', '行政处罚', LAW.funeral, '社会事务股'),
  one('SLX-CF-112', '对制造、销售封建迷信殡葬用品的处罚', '行政处罚', LAW.funeral, '社会事务股'),
  one('SLX-CF-113', '对办理丧事活动中妨害公共秩序、危害公共安全、侵害他人合法权益的处罚', '行政处罚', LAW.funeral, '社会事务股'),
  one('SLX-CF-114', '对殡仪服务人员利用工作之便索取财物的处罚', '行政处罚', LAW.funeral, '社会事务股'),
  one('SLX-CF-115', '对擅自编制行政区域界线详图的处罚', '行政处罚', LAW.boundary, '区划地名股'),
  one('SLX-CF-116', '对故意损毁或者擅自移动界桩或者其他行政区域界线标志物的处罚', '行政处罚', LAW.boundary, '区划地名股'),
  one('SLX-CF-117', '对擅自命名、更名地名的处罚', '行政处罚', LAW.place, '区划地名股'),
  one('SLX-CF-118', '对擅自设置、拆除、移动、涂改、遮挡、损毁地名标志的处罚', '行政处罚', LAW.place, '区划地名股'),
  group('对违反《志愿服务条例》行为的处罚', '行政处罚', '《志愿服务条例》', '社会组织管理股', [
    ['SLX-CF-121-01', '对志愿服务组织泄露志愿者有关信息、侵害志愿服务对象个人隐私的处罚'],
    ['SLX-CF-121-02', '对志愿服务组织向志愿者收取或者变相收取报酬的处罚'],
    ['SLX-CF-121-03', '对志愿服务组织不依法记录志愿服务信息或者出具志愿服务记录证明的处罚'],
    ['SLX-CF-121-04', '对以志愿服务名义进行营利性活动的处罚'],
  ]),
  one('SLX-CF-119', '对采取虚报、隐瞒、伪造等手段骗取社会救助资金、物资或者服务的处罚', '行政处罚', LAW.rescue, '社会救助股'),
  one('SLX-CF-120', '对养老机构未依照规定预防和处置突发事件的处罚', '行政处罚', LAW.elderly, '养老服务股'),
  one('SLX-QZ-002', '查封、扣押社会组织涉嫌违法活动的场所、设施或者财物', '行政强制', LAW.charity, '社会组织管理股'),
  one('SLX-QZ-003', '收缴社会团体、民办非企业单位登记证书和印章', '行政强制', LAW.social, '社会组织管理股'),
  one('SLX-QZ-004', '对违法建造的坟墓的强制迁移', '行政强制', LAW.funeral, '社会事务股'),
  one('SLX-JC-001', '对养老机构的监督检查', '行政监督', LAW.elderly, '养老服务股'),
  one('SLX-JC-005', '对社会团体的监督检查', '行政监督', LAW.social, '社会组织管理股'),
  one('SLX-JC-006', '对民办非企业单位的监督检查', '行政检查', LAW.private, '社会组织管理股'),
  one('SLX-JC-007', '对慈善组织的监督检查', '行政检查', LAW.charity, '社会组织管理股'),
  one('SLX-JC-008', '对殡葬服务单位的监督检查', '行政检查', LAW.funeral, '社会事务股'),
  one('SLX-JC-009', '对志愿服务组织的监督检查', '行政检查', '《志愿服务条例》', '社会组织管理股'),
  one('SLX-QR-001', '特困人员救助供养', '行政确认', LAW.tekun, '社会救助股', '2024年动态调整：原“特困人员救助供养金给付”（SLX-GF-002）并入本项'),
  one('SLX-QR-010', '低收入家庭认定', '行政确认', LAW.rescue, '社会救助股'),
  group('内地居民婚姻登记', '行政确认', LAW.marriage, '婚姻登记处', [
    ['SLX-QR-011-01', '内地居民结婚登记'], ['SLX-QR-011-02', '内地居民离婚登记'], ['SLX-QR-011-03', '内地居民补领婚姻登记证'],
  ]),
  group('收养登记', '行政确认', LAW.adoption, '婚姻登记处', [
    ['SLX-QR-012-01', '中国公民收养登记'], ['SLX-QR-012-02', '解除收养关系登记'],
  ], 'same'),
  one('SLX-QR-013', '慈善组织认定', '行政确认', LAW.charity, '社会组织管理股'),
  one('SLX-GF-001', '最低生活保障金给付', '行政给付', LAW.dibao, '社会救助股'),
  one('SLX-GF-003', '临时救助金给付', '行政给付', LAW.rescue, '社会救助股'),
  one('SLX-GF-004', '高龄津贴发放', '行政给付', LAW.elderly, '养老服务股', '2024年动态调整：审核确认下放至乡镇（街道）实施'),
  group('困难残疾人生活补贴和重度残疾人护理补贴给付', '行政给付', LAW.disabled, '社会救助股', [
    ['SLX-GF-009-01', '困难残疾人生活补贴给付'], ['SLX-GF-009-02', '重度残疾人护理补贴给付'],
  ]),
  one('SLX-GF-010', '孤儿基本生活费给付', '行政给付', LAW.children, '儿童福利股'),
  one('SLX-GF-011', '事实无人抚养儿童基本生活补贴给付', '行政给付', LAW.children, '儿童福利股'),
  one('SLX-GF-013', '生活无着的流浪、乞讨人员救助', '行政给付', LAW.vagrant, '示例县救助管理站'),
  one('SLX-GF-014', '基本殡葬服务费用减免', '行政给付', LAW.funeral, '社会事务股'),
  one('SLX-JL-001', '对在社会救助工作中作出显著成绩的单位、个人的表彰和奖励', '行政奖励', LAW.rescue, '社会救助股'),
  one('SLX-JL-002', '对在养老服务工作中作出显著成绩的单位、个人的表彰和奖励', '行政奖励', LAW.elderly, '养老服务股'),
  one('SLX-JL-003', '对在慈善事业发展中作出突出贡献的单位、个人的表彰', '行政奖励', LAW.charity, '社会组织管理股'),
  one('SLX-QT-001', '养老机构备案', '其他职权', LAW.elderly, '养老服务股'),
  one('SLX-QT-002', '慈善信托备案', '其他职权', LAW.charity, '社会组织管理股'),
  one('SLX-QT-003', '慈善组织公开募捐方案备案', '其他职权', LAW.charity, '社会组织管理股'),
  one('SLX-QT-004', '社会团体负责人变动备案', '其他职权', LAW.social, '社会组织管理股'),
  one('SLX-QT-005', '基金会设立登记初审', '审核转报', '《基金会管理条例》', '社会组织管理股', '初审后报示例市民政局'),
  one('SLX-FW-006', '居民家庭经济状况核对', '公共服务', LAW.rescue, '示例县居民家庭经济状况核对中心'),
  one('SLX-FW-007', '婚姻登记档案查询', '公共服务', LAW.marriage, '婚姻登记处'),
  one('SLX-FW-008', '养老机构名录查询', '公共服务', LAW.elderly, '养老服务股'),
  one('SLX-FW-009', '社会组织信息查询', '公共服务', LAW.social, '社会组织管理股'),
  one('SLX-FW-010', '流浪乞讨人员寻亲服务', '公共服务', LAW.vagrant, '示例县救助管理站'),
];

/** 示例县人力资源和社会保障局: grouped by type (the section rows carry it); the CSV writes letter codes. */
const LABOUR = {
  行政许可: [
    one('SLX-XK-007', '职业中介活动许可', '行政许可', LAW.market, '就业促进股'),
    one('SLX-XK-015', '劳务派遣经营许可（县级）', '行政许可', LAW.contract, '劳动关系股'),
    group('民办职业培训学校设立、变更、终止审批', '行政许可', LAW.training, '职业能力建设股', [
      ['SLX-XK-016-01', '民办职业培训学校设立审批'], ['SLX-XK-016-02', '民办职业培训学校变更审批'], ['SLX-XK-016-03', '民办职业培训学校终止审批'],
    ]),
    one('SLX-XK-017', '企业实行不定时工作制和综合计算工时工作制审批', '行政许可', LAW.labour, '劳动关系股'),
  ],
  行政处罚: [
    one('SLX-CF-201', '对用人单位违反规定延长劳动者工作时间的处罚', '行政处罚', LAW.labour, '示例县劳动保障监察大队'),
    one('SLX-CF-202', '对用人单位非法招用未满十六周岁的未成年人的处罚', '行政处罚', LAW.labour, '示例县劳动保障监察大队'),
    group('对用人单位违反女职工和未成年工特殊保护规定的处罚', '行政处罚', LAW.labour, '示例县劳动保障监察大队', [
      ['SLX-CF-203-01', '对安排女职工从事禁忌从事的劳动的处罚'],
      ['SLX-CF-203-02', '对安排未成年工从事禁忌从事的劳动的处罚'],
      ['SLX-CF-203-03', '对未按规定对未成年工定期进行健康检查的处罚'],
    ]),
    one('SLX-CF-204', '对用人单位扣押劳动者居民身份证等证件的处罚', '行政处罚', LAW.contract, '示例县劳动保障监察大队'),
    one('SLX-CF-205', '对用人单位以担保或者其他名义向劳动者收取财物的处罚', '行政处罚', LAW.contract, '示例县劳动保障监察大队'),
    one('SLX-CF-206', '对用人单位未按规定建立职工名册的处罚', '行政处罚', LAW.contract, '示例县劳动保障监察大队'),
    one('SLX-CF-207', '对劳务派遣单位、用工单位违反劳务派遣规定的处罚', '行政处罚', LAW.contract, '示例县劳动保障监察大队'),
    one('SLX-CF-208', '对未经许可擅自经营劳务派遣业务的处罚', '行政处罚', LAW.contract, '示例县劳动保障监察大队'),
    one('SLX-CF-209', '对用人单位克扣或者无故拖欠劳动者工资报酬的处罚', '行政处罚', LAW.wages, '示例县劳动保障监察大队'),
    one('SLX-CF-210', '对用人单位支付劳动者工资低于当地最低工资标准的处罚', '行政处罚', LAW.labour, '示例县劳动保障监察大队'),
    one('SLX-CF-211', '对无理抗拒、阻挠劳动保障监察的处罚', '行政处罚', LAW.labour, '示例县劳动保障监察大队'),
    one('SLX-CF-212', '对不按要求报送书面材料、隐瞒事实真相、出具伪证或者隐匿毁灭证据的处罚', '行政处罚', LAW.labour, '示例县劳动保障监察大队'),
    one('SLX-CF-213', '对施工总承包单位未按规定开设或者使用农民工工资专用账户的处罚', '行政处罚', LAW.wages, '示例县劳动保障监察大队'),
    group('对违反《保障农民工工资支付条例》行为的处罚', '行政处罚', LAW.wages, '示例县劳动保障监察大队', [
      ['SLX-CF-231-01', '对建设单位未依法提供工程款支付担保的处罚'],
      ['SLX-CF-231-02', '对建设单位未按约定及时足额向农民工工资专用账户拨付人工费用的处罚'],
      ['SLX-CF-231-03', '对施工总承包单位未按规定存储工资保证金的处罚'],
      ['SLX-CF-231-04', '对分包单位未按月考核农民工工作量、编制工资支付表的处罚'],
      ['SLX-CF-231-05', '对施工总承包单位未实行施工现场维权信息公示制度的处罚'],
      ['SLX-CF-231-06', '对用人单位未按规定保存或者伪造、篡改工资支付台账的处罚'],
      ['SLX-CF-231-07', '对用人单位未按规定向农民工提供工资清单的处罚'],
    ]),
    one('SLX-CF-214', '对职业中介机构提供虚假就业信息的处罚', '行政处罚', LAW.employment, '就业促进股'),
    one('SLX-CF-215', '对职业中介机构为无合法证照的用人单位提供职业中介服务的处罚', '行政处罚', LAW.employment, '就业促进股'),
    one('SLX-CF-216', '对职业中介机构扣押劳动者居民身份证和其他证件的处罚', '行政处罚', LAW.employment, '就业促进股'),
    one('SLX-CF-217', '对职业中介机构向劳动者收取押金的处罚', '行政处罚', LAW.employment, '就业促进股'),
    one('SLX-CF-218', '对未经许可从事职业中介活动的处罚', '行政处罚', LAW.employment, '就业促进股'),
    one('SLX-CF-219', '对用人单位将乙肝病毒血清学指标作为体检标准的处罚', '行政处罚', LAW.employment, '就业促进股'),
    one('SLX-CF-220', '对人力资源服务机构未按照规定明示有关事项的处罚', '行政处罚', LAW.market, '就业促进股'),
    one('SLX-CF-221', '对人力资源服务机构发布的招聘信息不真实、不合法的处罚', '行政处罚', LAW.market, '就业促进股'),
    one('SLX-CF-222', '对人力资源服务机构未按规定报送经营情况的处罚', '行政处罚', LAW.market, '就业促进股'),
    one('SLX-CF-223', '对缴费单位未按规定办理社会保险登记、变更登记或者注销登记的处罚', '行政处罚', LAW.levy, '示例县社会保险事业中心'),
    one('SLX-CF-224', '对缴费单位未按规定申报应缴纳的社会保险费数额的处罚', '行政处罚', LAW.levy, '示例县社会保险事业中心'),
    one('SLX-CF-225', '对以欺诈、伪造证明材料或者其他手段骗取社会保险待遇的处罚', '行政处罚', LAW.insurance, '示例县社会保险事业中心'),
    one('SLX-CF-226', '对社会保险服务机构以欺诈、伪造证明材料等手段骗取社会保险基金支出的处罚', '行政处罚', LAW.insurance, '示例县社会保险事业中心'),
    one('SLX-CF-227', '对用人单位应当参加工伤保险而未参加的处罚', '行政处罚', LAW.injury, '工伤保险股'),
    one('SLX-CF-228', '对用人单位、工伤职工或者其近亲属骗取工伤保险待遇的处罚', '行政处罚', LAW.injury, '工伤保险股'),
    one('SLX-CF-229', '对从事劳动能力鉴定的组织或者个人提供虚假鉴定意见的处罚', '行政处罚', LAW.injury, '工伤保险股'),
    one('SLX-CF-230', '对民办职业培训学校违规办学的处罚', '行政处罚', LAW.training, '职业能力建设股'),
  ],
  行政强制: [
    one('SLX-QZ-005', '对未按时足额缴纳社会保险费的用人单位申请划拨、查封扣押财产', '行政强制', LAW.insurance, '示例县社会保险事业中心'),
  ],
  行政检查: [
    one('SLX-JC-004', '社会保险稽核', '行政检查', LAW.insurance, '示例县社会保险事业中心'),
    one('SLX-JC-011', '劳动保障监察', '行政检查', LAW.labour, '示例县劳动保障监察大队'),
    one('SLX-JC-012', '对人力资源服务机构的监督检查', '行政检查', LAW.market, '就业促进股'),
    one('SLX-JC-013', '对民办职业培训学校的监督检查', '行政检查', LAW.training, '职业能力建设股'),
  ],
  行政确认: [
    one('SLX-QR-002', '就业困难人员认定', '行政确认', LAW.employment, '就业促进股'),
    one('SLX-QR-003', '工伤认定', '行政确认', LAW.injury, '工伤保险股'),
    one('SLX-QR-014', '企业职工特殊工种提前退休审核', '行政确认', LAW.insurance, '示例县社会保险事业中心'),
  ],
  行政给付: [
    one('SLX-GF-005', '职业培训补贴', '行政给付', LAW.employment, '职业能力建设股'),
    one('SLX-GF-006', '创业担保贷款贴息', '行政给付', LAW.employment, '就业促进股'),
    one('SLX-GF-007', '失业保险金给付', '行政给付', LAW.unemployment, '示例县社会保险事业中心'),
    one('SLX-GF-015', '一次性创业补贴', '行政给付', LAW.employment, '就业促进股'),
    one('SLX-GF-016', '灵活就业人员社会保险补贴', '行政给付', LAW.employment, '就业促进股'),
    one('SLX-GF-017', '公益性岗位补贴', '行政给付', LAW.employment, '就业促进股'),
    one('SLX-GF-018', '失业保险稳岗返还', '行政给付', LAW.unemployment, '示例县社会保险事业中心'),
    one('SLX-GF-019', '技能提升补贴', '行政给付', LAW.unemployment, '职业能力建设股'),
    group('工伤保险待遇给付', '行政给付', LAW.injury, '工伤保险股', [
      ['SLX-GF-020-01', '一次性伤残补助金给付'], ['SLX-GF-020-02', '伤残津贴给付'], ['SLX-GF-020-03', '工亡职工丧葬补助金给付'],
    ]),
  ],
  行政奖励: [
    one('SLX-JL-004', '对在就业工作中做出显著成绩的单位和个人的表彰奖励', '行政奖励', LAW.employment, '就业促进股'),
    one('SLX-JL-005', '对举报劳动保障违法行为有功人员的奖励', '行政奖励', LAW.labour, '示例县劳动保障监察大队'),
  ],
  行政裁决: [
    one('SLX-CJ-001', '劳动人事争议仲裁', '行政裁决', LAW.arbitration, '示例县劳动人事争议仲裁院'),
  ],
  其他行政权力: [
    one('SLX-QT-006', '集体合同审查', '其他行政权力', LAW.contract, '劳动关系股'),
    one('SLX-QT-007', '企业经济性裁员报告', '其他行政权力', LAW.contract, '劳动关系股'),
    one('SLX-QT-008', '劳务派遣单位设立分公司备案', '其他行政权力', LAW.contract, '劳动关系股'),
    one('SLX-QT-009', '人力资源服务机构备案', '其他行政权力', LAW.market, '就业促进股'),
  ],
  公共服务: [
    one('SLX-FW-001', '失业登记', '公共服务', LAW.employment, '示例县公共就业和人才服务中心'),
    one('SLX-FW-002', '城乡居民养老保险参保登记', '公共服务', LAW.insurance, '示例县社会保险事业中心'),
    one('SLX-FW-011', '就业登记', '公共服务', LAW.employment, '示例县公共就业和人才服务中心'),
    one('SLX-FW-012', '社会保障卡申领和补换', '公共服务', '《社会保障卡管理办法》', '示例县社会保险事业中心'),
    one('', '城乡居民养老保险待遇申领', '公共服务', LAW.insurance, '示例县社会保险事业中心', '编码待省平台赋码'),
    one('SLX-FW-013', '个人权益记录查询打印', '公共服务', LAW.insurance, '示例县社会保险事业中心'),
    one('SLX-FW-014', '招聘会信息发布', '公共服务', LAW.employment, '示例县公共就业和人才服务中心'),
    one('SLX-FW-015', '流动人员人事档案管理服务', '公共服务', '《流动人员人事档案管理服务规定》', '示例县公共就业和人才服务中心'),
  ],
};

/** 示例县教育局: a flat sheet whose type column writes the national codes (01 行政许可 … 20 公共服务). */
const EDUCATION = [
  one('SLX-XK-003', '民办学校设立、变更、终止审批', '行政许可', LAW.training, '教育股'),
  one('SLX-XK-004', '适龄儿童、少年因身体状况需要延缓入学或者休学审批', '行政许可', LAW.compulsory, '基础教育股'),
  one('SLX-XK-005', '教师资格认定', '行政许可', LAW.teacher, '人事股'),
  one('SLX-XK-018', '校外培训机构设立、变更、终止审批', '行政许可', LAW.training, '教育股'),
  one('SLX-XK-019', '幼儿园设立、变更、终止审批', '行政许可', LAW.preschool, '基础教育股'),
  group('对民办学校违法办学行为的处罚', '行政处罚', LAW.training, '教育股', [
    ['SLX-CF-301-01', '对民办学校擅自分立、合并的处罚'],
    ['SLX-CF-301-02', '对民办学校发布虚假招生简章或者广告的处罚'],
    ['SLX-CF-301-03', '对民办学校管理混乱严重影响教育教学的处罚'],
    ['SLX-CF-301-04', '对民办学校提交虚假证明文件骗取办学许可证的处罚'],
    ['SLX-CF-301-05', '对民办学校违反国家规定收取费用的处罚'],
  ]),
  one('SLX-CF-302', '对擅自举办民办学校的处罚', '行政处罚', LAW.training, '教育股'),
  one('SLX-CF-303', '对弄虚作假、骗取教师资格的处罚', '行政处罚', LAW.teacher, '人事股'),
  one('SLX-CF-304', '对在国家教育考试中作弊的处罚', '行政处罚', LAW.exam, '招生考试股'),
  one('SLX-CF-305', '对学校违反国家规定颁发学历证书的处罚', '行政处罚', LAW.education, '基础教育股'),
  one('SLX-CF-306', '对学校违反国家规定向受教育者收取费用的处罚', '行政处罚', LAW.education, '计划财务股'),
  one('SLX-CF-307', '对校外培训机构违规开展学科类培训的处罚', '行政处罚', LAW.training, '教育股'),
  one('SLX-CF-308', '对幼儿园违反规定开展小学化教育的处罚', '行政处罚', LAW.preschool, '基础教育股'),
  one('SLX-JC-003', '对民办学校的监督检查', '行政检查', LAW.training, '教育股'),
  one('SLX-JC-301', '对校外培训机构的监督检查', '行政检查', LAW.training, '教育股'),
  one('SLX-JC-302', '对学校安全工作的监督检查', '行政检查', LAW.education, '安全稳定股'),
  one('SLX-GF-008', '家庭经济困难学生资助', '行政给付', LAW.studentAid, '示例县学生资助管理中心'),
  one('SLX-GF-301', '农村义务教育学生营养改善计划膳食补助', '行政给付', LAW.compulsory, '计划财务股'),
  one('SLX-GF-302', '普惠性学前教育资助', '行政给付', LAW.preschool, '示例县学生资助管理中心'),
  one('SLX-QR-301', '中小学教师资格定期注册', '行政确认', LAW.teacher, '人事股'),
  one('SLX-QR-302', '中小学教师职称评审', '行政确认', LAW.teacher, '人事股'),
  one('SLX-JL-301', '对在教育工作中做出突出贡献的单位和个人的表彰奖励', '行政奖励', LAW.education, '人事股'),
  one('SLX-JL-302', '优秀教师和优秀教育工作者评选表彰', '行政奖励', LAW.teacher, '人事股'),
  one('SLX-QT-301', '民办学校章程修改核准', '其他行政权力', LAW.training, '教育股'),
  one('SLX-QT-302', '义务教育阶段学生转学', '其他行政权力', LAW.compulsory, '基础教育股'),
  one('SLX-FW-301', '义务教育招生入学服务', '公共服务', LAW.compulsory, '基础教育股'),
  one('SLX-FW-302', '中小学生学籍信息查询', '公共服务', LAW.compulsory, '基础教育股'),
  one('SLX-FW-303', '教师资格证书补发、换发', '公共服务', LAW.teacher, '人事股'),
];

/** 示例县公安局: a flat sheet; 户政 powers go through the police stations (各派出所). */
const POLICE = [
  one('SLX-XK-006', '户口迁移审批', '行政许可', LAW.hukou, '户政管理大队、各派出所'),
  one('SLX-XK-401', '大型群众性活动安全许可', '行政许可', LAW.events, '治安管理大队'),
  one('SLX-XK-402', '焰火晚会烟花爆竹燃放许可', '行政许可', LAW.fireworks, '治安管理大队'),
  one('SLX-XK-403', '旅馆业特种行业许可证核发', '行政许可', LAW.hotel, '治安管理大队'),
  one('SLX-XK-404', '公章刻制业特种行业许可证核发', '行政许可', '《国务院对确需保留的行政审批项目设定行政许可的决定》', '治安管理大队'),
  one('SLX-XK-405', '剧毒化学品购买许可证核发', '行政许可', LAW.hazchem, '治安管理大队'),
  one('SLX-XK-406', '爆破作业单位许可证（非营业性）核发', '行政许可', LAW.explosives, '治安管理大队'),
  group('机动车驾驶证核发、审验', '行政许可', LAW.traffic, '交通管理大队', [
    ['SLX-XK-407-01', '机动车驾驶证核发'], ['SLX-XK-407-02', '机动车驾驶证审验'],
  ]),
  group('对扰乱公共秩序行为的处罚', '行政处罚', LAW.security, '治安管理大队', [
    ['SLX-CF-401-01', '对扰乱单位秩序的处罚'],
    ['SLX-CF-401-02', '对扰乱公共场所秩序的处罚'],
    ['SLX-CF-401-03', '对扰乱公共交通工具上的秩序的处罚'],
    ['SLX-CF-401-04', '对散布谣言、谎报险情扰乱公共秩序的处罚'],
    ['SLX-CF-401-05', '对投放虚假危险物质扰乱公共秩序的处罚'],
    ['SLX-CF-401-06', '对扬言实施放火、爆炸、投放危险物质扰乱公共秩序的处罚'],
  ]),
  group('对妨害公共安全行为的处罚', '行政处罚', LAW.security, '治安管理大队', [
    ['SLX-CF-402-01', '对非法携带枪支、弹药、管制器具的处罚'],
    ['SLX-CF-402-02', '对盗窃、损毁公共设施的处罚'],
    ['SLX-CF-402-03', '对违反规定举办大型群众性活动的处罚'],
    ['SLX-CF-402-04', '对违反规定制造、储存、运输危险物质的处罚'],
  ]),
  group('对侵犯人身权利、财产权利行为的处罚', '行政处罚', LAW.security, '各派出所', [
    ['SLX-CF-403-01', '对殴打他人的处罚'],
    ['SLX-CF-403-02', '对故意伤害他人身体的处罚'],
    ['SLX-CF-403-03', '对盗窃的处罚'],
    ['SLX-CF-403-04', '对诈骗的处罚'],
    ['SLX-CF-403-05', '对哄抢、抢夺的处罚'],
    ['SLX-CF-403-06', '对敲诈勒索的处罚'],
    ['SLX-CF-403-07', '对故意损毁公私财物的处罚'],
  ]),
  group('对妨害社会管理行为的处罚', '行政处罚', LAW.security, '治安管理大队', [
    ['SLX-CF-404-01', '对拒不执行紧急状态下的决定、命令的处罚'],
    ['SLX-CF-404-02', '对阻碍依法执行职务的处罚'],
    ['SLX-CF-404-03', '对冒充国家机关工作人员招摇撞骗的处罚'],
    ['SLX-CF-404-04', '对伪造、变造、买卖公文、证件的处罚'],
    ['SLX-CF-404-05', '对旅馆业工作人员不按规定登记住宿旅客信息的处罚'],
    ['SLX-CF-404-06', '对房屋出租人不按规定登记承租人信息的处罚'],
  ]),
  one('SLX-CF-405', '对违反居民身份证管理规定的处罚', '行政处罚', LAW.idcard, '户政管理大队'),
  one('SLX-CF-406', '对违反户口登记管理规定的处罚', '行政处罚', LAW.hukou, '户政管理大队'),
  one('SLX-CF-407', '对违反道路交通安全法律法规行为的处罚', '行政处罚', LAW.traffic, '交通管理大队'),
  one('SLX-CF-408', '对违反民用爆炸物品安全管理规定的处罚', '行政处罚', LAW.explosives, '治安管理大队'),
  one('SLX-CF-409', '对违反烟花爆竹安全管理规定的处罚', '行政处罚', LAW.fireworks, '治安管理大队'),
  one('SLX-CF-410', '对娱乐场所违法行为的处罚', '行政处罚', LAW.entertainment, '治安管理大队'),
  one('SLX-QZ-401', '继续盘问', '行政强制', '《中华人民共和国人民警察法》', '各派出所'),
  one('SLX-QZ-402', '扣留机动车、非机动车', '行政强制', LAW.traffic, '交通管理大队'),
  one('SLX-QZ-403', '对醉酒的人采取保护性约束措施', '行政强制', LAW.security, '各派出所'),
  one('SLX-QZ-404', '查封、扣押与违法行为有关的场所、设施、财物', '行政强制', LAW.security, '治安管理大队'),
  one('SLX-JC-401', '对旅馆业的治安检查', '行政检查', LAW.hotel, '治安管理大队'),
  one('SLX-JC-402', '对娱乐场所的治安检查', '行政检查', LAW.entertainment, '治安管理大队'),
  one('SLX-JC-403', '对民用爆炸物品从业单位的安全检查', '行政检查', LAW.explosives, '治安管理大队'),
  one('SLX-QR-004', '出生登记', '行政确认', LAW.hukou, '各派出所'),
  one('SLX-QR-005', '收养登记（户口）', '行政确认', LAW.hukou, '各派出所'),
  one('SLX-QR-006', '入籍登记', '行政确认', '《中华人民共和国国籍法》；《中华人民共和国户口登记条例》', '户政管理大队'),
  one('SLX-QR-007', '死亡注销户口', '行政确认', LAW.hukou, '各派出所'),
  one('SLX-QR-008', '服现役注销户口', '行政确认', LAW.hukou, '各派出所'),
  one('SLX-QR-009', '户口登记项目变更更正', '行政确认', LAW.hukou, '各派出所'),
  one('SLX-JL-401', '对举报违法犯罪线索有功人员的奖励', '行政奖励', LAW.security, '治安管理大队'),
  one('SLX-FW-003', '居民身份证申领、换领、补领', '公共服务', LAW.idcard, '各派出所'),
  one('SLX-FW-004', '居住证申领', '公共服务', LAW.residence, '各派出所'),
  one('SLX-FW-401', '无犯罪记录证明开具', '公共服务', '《公安部关于印发〈公安机关办理无犯罪记录证明工作规定〉的通知》', '各派出所'),
  one('SLX-FW-402', '户籍证明开具', '公共服务', LAW.hukou, '各派出所'),
];

/** 示例市生态环境局示例县分局: a flat sheet. */
const ECOLOGY = [
  one('SLX-XK-001', '建设项目环境影响评价文件审批', '行政许可', LAW.eia, '环评股'),
  one('SLX-XK-501', '防治污染设施拆除或者闲置审批', '行政许可', LAW.environment, '环评股'),
  one('SLX-CF-002', '对建设项目未依法进行环境影响评价擅自开工建设的处罚', '行政处罚', LAW.eia, '示例县生态环境保护综合行政执法大队'),
  one('SLX-CF-003', '对超过大气污染物排放标准或者重点大气污染物排放总量控制指标排放大气污染物的处罚', '行政处罚', LAW.air, '示例县生态环境保护综合行政执法大队'),
  group('对违反水污染防治管理制度行为的处罚', '行政处罚', LAW.water, '示例县生态环境保护综合行政执法大队', [
    ['SLX-CF-501-01', '对未依法取得排污许可证排放水污染物的处罚'],
    ['SLX-CF-501-02', '对利用渗井、渗坑、暗管等逃避监管的方式排放水污染物的处罚'],
    ['SLX-CF-501-03', '对超过水污染物排放标准排放水污染物的处罚'],
    ['SLX-CF-501-04', '对未按规定设置排污口的处罚'],
  ]),
  group('对违反固体废物污染环境防治制度行为的处罚', '行政处罚', LAW.solid, '示例县生态环境保护综合行政执法大队', [
    ['SLX-CF-502-01', '对未按规定贮存、利用、处置工业固体废物的处罚'],
    ['SLX-CF-502-02', '对未按规定申报危险废物的处罚'],
    ['SLX-CF-502-03', '对未经批准擅自转移危险废物的处罚'],
  ]),
  one('SLX-CF-503', '对建筑施工单位在噪声敏感建筑物集中区域夜间施工的处罚', '行政处罚', LAW.noise, '示例县生态环境保护综合行政执法大队'),
  one('SLX-CF-504', '对运输煤炭、垃圾、渣土等物料未采取密闭或者其他措施防止物料遗撒的处罚', '行政处罚', LAW.air, '示例县生态环境保护综合行政执法大队'),
  one('SLX-CF-505', '对篡改、伪造监测数据的处罚', '行政处罚', LAW.environment, '示例县生态环境保护综合行政执法大队'),
  one('SLX-CF-506', '对拒绝、阻挠生态环境主管部门监督检查的处罚', '行政处罚', LAW.environment, '示例县生态环境保护综合行政执法大队'),
  one('SLX-CF-507', '对重点排污单位不公开或者不如实公开环境信息的处罚', '行政处罚', LAW.environment, '示例县生态环境保护综合行政执法大队'),
  one('SLX-CF-508', '对重点排污单位未按规定安装、使用污染物排放自动监测设备的处罚', '行政处罚', LAW.air, '示例县生态环境保护综合行政执法大队'),
  one('SLX-CF-509', '对建设项目配套建设的环境保护设施未经验收投入生产或者使用的处罚', '行政处罚', '《建设项目环境保护管理条例》', '示例县生态环境保护综合行政执法大队'),
  one('SLX-CF-510', '对未按照规定进行土壤污染状况调查的处罚', '行政处罚', LAW.soil, '示例县生态环境保护综合行政执法大队'),
  one('SLX-CF-511', '对排污单位未按照排污许可证规定排放污染物的处罚', '行政处罚', LAW.permit, '示例县生态环境保护综合行政执法大队'),
  one('SLX-QZ-001', '查封、扣押造成污染物排放的设施、设备', '行政强制', LAW.environment, '示例县生态环境保护综合行政执法大队'),
  one('SLX-JC-002', '对排放污染物的企业事业单位和其他生产经营者的现场检查', '行政检查', LAW.environment, '示例县生态环境保护综合行政执法大队'),
  one('SLX-JC-501', '对排污许可证执行情况的监督检查', '行政检查', LAW.permit, '示例县生态环境保护综合行政执法大队'),
  one('SLX-QT-501', '建设项目环境影响登记表备案', '其他行政权力', LAW.eia, '环评股'),
  one('SLX-QT-502', '企业事业单位突发环境事件应急预案备案', '其他行政权力', LAW.environment, '环境应急股'),
  one('SLX-FW-005', '生态环境保护政策与业务咨询', '公共服务', LAW.environment, '办公室'),
  one('SLX-FW-501', '生态环境信访投诉受理', '公共服务', '《信访工作条例》', '办公室'),
];

/** 示例县示例镇人民政府: a flat sheet with 行使层级; powers devolved to the town say so in 备注. */
const TOWN = [
  one('SLZ-GF-001', '耕地地力保护补贴发放', '行政给付', LAW.farm, '农业综合服务中心', null, { level: '乡级' }),
  one('SLZ-GF-002', '临时救助（急难型）审批', '行政给付', LAW.rescue, '社会事务办', null, { level: '乡级' }),
  one('SLZ-QR-001', '最低生活保障对象审核确认', '行政确认', LAW.dibao, '社会事务办', '县民政局委托实施', { level: '乡级' }),
  one('SLX-GF-012', '经济困难的失能老年人护理补贴给付', '行政给付', LAW.elderly, '社会事务办', '2024年由示例县民政局下放', { level: '乡级' }),
  one('SLZ-CF-001', '对在公共场所乱扔垃圾、乱倒渣土的处罚', '行政处罚', LAW.town, '综合行政执法队', '2024年赋权下放', { level: '乡级' }),
  one('SLZ-CF-002', '对擅自占用农村道路堆放物料的处罚', '行政处罚', LAW.town, '综合行政执法队', '2024年赋权下放', { level: '乡级' }),
  one('SLZ-CF-003', '对农村村民未经批准或者采取欺骗手段骗取批准非法占用土地建住宅的处罚', '行政处罚', LAW.town, '综合行政执法队', null, { level: '乡级' }),
  one('SLZ-JC-001', '对农村自建房安全的检查', '行政检查', LAW.town, '综合行政执法队', null, { level: '乡级' }),
  one('SLZ-QT-001', '农村村民宅基地申请审核', '其他行政权力', LAW.town, '农业综合服务中心', null, { level: '乡级' }),
  one('SLZ-FW-001', '老年人优待证办理', '公共服务', LAW.elderly, '示例镇便民服务中心', null, { level: '乡级' }),
  one('SLZ-FW-002', '计划生育家庭特别扶助金申报', '公共服务', '《中华人民共和国人口与计划生育法》', '示例镇便民服务中心', null, { level: '乡级' }),
];

/** Every sheet of the list: the office, how its sheet is laid out, and its powers (as the 2024 list has them). */
const DEPARTMENTS = [
  { sheet: '民政局', owner: MZ, layout: 'merged', title: (year) => `示例县民政局权责清单（${year}年版）`, entries: CIVIL },
  { sheet: '人社局', owner: RS, layout: 'sections', title: (year) => `示例县人力资源和社会保障局行政职权目录（${year}年）`, entries: Object.values(LABOUR).flat() },
  { sheet: '教育局', owner: JY, layout: 'flat', typeCodes: true, title: (year) => `示例县教育局权责清单（${year}年）`, entries: EDUCATION },
  { sheet: '公安局', owner: GA, layout: 'flat', title: (year) => `示例县公安局权责清单（${year}年）`, entries: POLICE },
  { sheet: '生态环境分局', owner: HB, layout: 'flat', title: (year) => `示例市生态环境局示例县分局权责清单（${year}年）`, entries: ECOLOGY },
  { sheet: '示例镇', owner: XZ, layout: 'flat', levelColumn: true, title: (year) => `示例县示例镇人民政府权责清单（${year}年）`, entries: TOWN },
];

/**
 * The 2024 adjustment (动态调整) of 示例县's list, written as what the 2023 list said instead: the 2023 version is
 * the 2024 one with these undone. Each kind of change `gkml diff-register` reports is here at least once.
 */
const ADJUSTMENT_2024 = {
  // 新增: codes (of powers or 子项) the 2024 list added. SLX-GF-012 is the town's now (下放, see only2023).
  added: ['SLX-XK-017', 'SLX-QR-011-03', 'SLX-CF-121-01', 'SLX-CF-121-02', 'SLX-CF-121-03', 'SLX-CF-121-04', 'SLX-XK-019', 'SLX-CF-307', 'SLX-CF-308', 'SLX-GF-302', 'SLX-FW-402', 'SLX-CF-511', 'SLX-GF-012', 'SLZ-CF-001', 'SLZ-CF-002'],
  // Rows only the 2023 list has (取消, merged away, or moved to the town's sheet), each after a code of its sheet.
  only2023: [
    { sheet: '民政局', after: 'SLX-QR-001', entry: one('SLX-GF-002', '特困人员救助供养金给付', '行政给付', LAW.tekun, '社会救助股') },
    { sheet: '民政局', after: 'SLX-QT-004', entry: one('SLX-QT-010', '社会团体年度检查', '其他职权', LAW.social, '社会组织管理股') },
    { sheet: '民政局', after: 'SLX-GF-011', entry: one('SLX-GF-012', '经济困难的失能老年人护理补贴给付', '行政给付', LAW.elderly, '养老服务股') },
    { sheet: '人社局', after: 'SLX-XK-016-03', entry: one('SLX-XK-014', '技工学校设立、变更、终止审批（县级）', '行政许可', LAW.training, '职业能力建设股') },
    { sheet: '公安局', after: 'SLX-XK-406', entry: one('SLX-XK-408', '典当业特种行业许可证核发', '行政许可', '《典当管理办法》', '治安管理大队') },
  ],
  // 调整 and 类型变化: what the 2023 list wrote, by the 2024 code (sub: a 子项's name).
  was: {
    'SLX-GF-007': { name: '失业保险金申领' },
    'SLX-CF-003': { name: '对超标排放大气污染物的处罚' },
    'SLX-XK-010-02': { sub: '殡仪馆建设审批' },
    'SLX-QT-006': { code: 'SLX-QT-011' },
    'SLX-CF-230': { office: '示例县劳动保障监察大队' },
    'SLX-GF-004': { note: '' },
    'SLX-QR-302': { type: '其他行政权力' },
    'SLX-FW-401': { type: '其他行政权力' },
  },
  // Bases the 2024 list brought up to date: [2024 text, 2023 text].
  bases: [['《中华人民共和国慈善法》（2023年修正）', '《中华人民共和国慈善法》']],
};

/** A sheet's entries as the given year's list has them. */
function entriesOf(department, year) {
  if (year === 2024) return department.entries;
  const { added, only2023, was, bases } = ADJUSTMENT_2024;
  const dropped = new Set(added);
  const old = (entry) => {
    const basis = bases.reduce((text, [now, then]) => text.replace(now, then), entry.basis);
    if (!entry.subs) return { ...entry, basis, ...was[entry.code] };
    const subs = entry.subs.filter(([code]) => !dropped.has(code)).map(([code, sub]) => [was[code]?.code ?? code, was[code]?.sub ?? sub]);
    return { ...entry, basis, subs };
  };
  const out = [];
  for (const entry of department.entries) {
    if (!entry.subs && dropped.has(entry.code)) continue;
    const then = old(entry);
    if (!then.subs || then.subs.length > 0) out.push(then);
    const codes = entry.subs ? entry.subs.map(([code]) => code) : [entry.code];
    for (const extra of only2023) if (extra.sheet === department.sheet && codes.includes(extra.after)) out.push(old(extra.entry));
  }
  return out;
}

/** Each entry as the rows it takes — one for a power without 子项, one per 子项 — with what every layout needs. */
function rowsOf(entries, owner) {
  return entries.flatMap((entry) => {
    const subs = entry.subs ?? [[entry.code, '']];
    return subs.map(([code, sub], k) => ({
      owner, code, main: entry.name, sub: entry.subs ? sub : '', type: entry.type, basis: entry.basis, office: entry.office,
      note: entry.note ?? '', level: entry.level ?? '', first: k === 0, grouped: !!entry.subs, size: subs.length, style: entry.style ?? 'merge',
    }));
  });
}

/** Every power of the year's list as one flat row: what both the workbook and the CSV say. */
export function examplePowers(year = 2024) {
  return DEPARTMENTS.flatMap((d) => rowsOf(entriesOf(d, year), d.owner));
}

/** Staged responsibilities and accountability, by the shape of the power (B2 of the domain samples). */
const DUTIES = {
  apply: ['受理阶段责任：公示应当提交的材料，一次性告知补正材料，依法受理或者不予受理（不予受理的告知理由）。', '审查阶段责任：对申请材料进行审查，必要时实地核查。', '决定阶段责任：作出决定（不予批准的告知理由），按时办结。', '送达阶段责任：制发并送达文书，信息公开。', '事后监管责任：加强监督管理，依法处理违法行为。'],
  penalty: ['立案阶段责任：对发现的违法行为予以审查，决定是否立案。', '调查阶段责任：调查取证，出示执法证件，允许当事人辩解陈述。', '审查阶段责任：审查案件事实、证据、依据和处罚意见。', '告知阶段责任：作出处罚决定前告知当事人事实、理由、依据和依法享有的权利。', '决定阶段责任：依法作出处罚决定，制作行政处罚决定书。', '送达阶段责任：依法送达行政处罚决定书，按规定公开处罚决定。', '执行阶段责任：监督当事人履行处罚决定。'],
  force: ['决定阶段责任：依法作出行政强制决定，制作并送达决定书。', '执行阶段责任：依法实施强制措施，制作现场笔录。', '事后监管责任：及时解除强制措施，依法处理后续事项。'],
  check: ['检查阶段责任：按“双随机、一公开”要求制定并公开抽查计划，实施检查。', '处置阶段责任：对发现的问题依法处理，检查结果按规定公开。', '事后监管责任：跟踪整改落实情况。'],
};
const ACCOUNTABILITY = '因不履行或不正确履行职责，有下列情形的，依法追究相应责任：1.对符合条件的不予办理或者对不符合条件的违法办理的；2.未依法说明理由的；3.玩忽职守、滥用职权的；4.索取或者收受他人财物、谋取其他利益的；5.其他违反法律法规规章规定的行为。';

function duties(type) {
  if (type.includes('处罚')) return DUTIES.penalty.join('\n');
  if (type.includes('强制')) return DUTIES.force.join('\n');
  if (type.includes('检查') || type.includes('监督')) return DUTIES.check.join('\n');
  return DUTIES.apply.join('\n');
}

const NATIONAL = { 行政许可: '01', 行政处罚: '02', 行政强制: '03', 行政征收: '04', 行政给付: '05', 行政检查: '06', 行政确认: '07', 行政奖励: '08', 行政裁决: '09', 其他行政权力: '10', 公共服务: '20' };
const LETTERS = { 行政许可: 'XK', 行政处罚: 'CF', 行政强制: 'QZ', 行政检查: 'JC', 行政确认: 'QR', 行政给付: 'GF', 行政奖励: 'JL', 行政裁决: 'CJ', 其他行政权力: 'QT', 公共服务: '20' };
const DATES = { 2023: '2023年3月20日', 2024: '2024年3月15日' };

/** 民政局's shape: two title rows, a two-row merged header, 主项 and 类型 merged down their 子项, 同上 cells. */
function mergedSheet(sheet, department, rows, year) {
  sheet.columns = [6, 16, 26, 34, 10, 34, 16, 16, 48, 40, 24].map((width) => ({ width }));
  sheet.addRow([department.title(year)]);
  sheet.mergeCells('A1:K1');
  sheet.addRow([`填报单位：${department.owner}　　　　　　调整日期：${DATES[year]}`]);
  sheet.mergeCells('A2:K2');
  sheet.addRow(['序号', '事项编码', '事项名称', null, '权力类型', '实施依据', '责任主体', null, '责任事项', '追责情形', '备注']);
  sheet.addRow([null, null, '主项', '子项', null, null, '实施主体', '承办机构']);
  for (const column of ['A', 'B', 'E', 'F', 'I', 'J', 'K']) sheet.mergeCells(`${column}3:${column}4`);
  sheet.mergeCells('C3:D3');
  sheet.mergeCells('G3:H3');
  // Merged after the rows are written: exceljs passes a value written into a merged cell on to the range's first cell.
  const merges = [];
  rows.forEach((r, i) => {
    const same = r.grouped && !r.first && r.style === 'same';
    const basis = same ? '同上' : r.first || r.style === 'same' ? r.basis : null;
    sheet.addRow([i + 1, r.code, r.first ? r.main : null, r.sub || null, r.first ? r.type : null, basis, r.owner, same ? '同上' : r.office, duties(r.type), ACCOUNTABILITY, r.note || null]);
    const n = sheet.rowCount;
    if (!r.grouped) merges.push(`C${n}:D${n}`);
    else if (r.first && r.size > 1) {
      const last = n + r.size - 1;
      merges.push(`C${n}:C${last}`, `E${n}:E${last}`, ...(r.style !== 'same' ? [`F${n}:F${last}`] : []));
    }
  });
  for (const range of merges) sheet.mergeCells(range);
  style(sheet, 3, 4);
}

/** 人社局's shape: a title row, a one-row header under other names, the type only in section rows. */
function sectionsSheet(sheet, department, rows, year) {
  sheet.columns = [6, 16, 40, 36, 24, 24, 34, 20].map((width) => ({ width }));
  sheet.addRow([department.title(year)]);
  sheet.mergeCells('A1:H1');
  sheet.addRow(['序号', '职权编码', '职权名称', '子项名称', '法定主体', '承办机构', '设定依据', '备注']);
  const types = [...new Set(rows.map((r) => r.type))];
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
  const merges = [];
  let seq = 0;
  types.forEach((type, i) => {
    const mine = rows.filter((r) => r.type === type);
    sheet.addRow([`${numerals[i]}、${type}（${mine.length}项）`]);
    merges.push(`A${sheet.rowCount}:H${sheet.rowCount}`);
    sheet.getRow(sheet.rowCount).font = { bold: true };
    for (const r of mine) {
      // 法定主体 is written only where a clerk did; elsewhere the title's department applies.
      sheet.addRow([++seq, r.code || null, r.main, r.sub || null, seq % 7 === 1 ? r.owner : null, r.office, r.basis, r.note || null]);
      if (r.grouped && r.first && r.size > 1) merges.push(`C${sheet.rowCount}:C${sheet.rowCount + r.size - 1}`);
    }
  });
  for (const range of merges) sheet.mergeCells(range);
  style(sheet, 2, 2);
}

/** The other offices' shape: a title row and a flat header; a 主项 is written again on each of its 子项. */
function flatSheet(sheet, department, rows, year) {
  const head = ['序号', '事项编码', '事项名称', '子项', '事项类型', '实施依据', '实施主体', '承办机构', ...(department.levelColumn ? ['行使层级'] : []), '备注'];
  sheet.columns = [6, 16, 40, 36, 12, 34, 24, 20, 10, 20].slice(0, head.length - 1).concat([20]).map((width) => ({ width }));
  sheet.addRow([department.title(year)]);
  sheet.mergeCells(1, 1, 1, head.length);
  sheet.addRow(head);
  rows.forEach((r, i) => {
    const type = department.typeCodes ? NATIONAL[r.type] : r.type;
    sheet.addRow([i + 1, r.code, r.main, r.sub || null, type, r.basis, r.owner, r.office, ...(department.levelColumn ? [r.level || null] : []), r.note || null]);
  });
  style(sheet, 2, 2);
}

const LAYOUTS = { merged: mergedSheet, sections: sectionsSheet, flat: flatSheet };
const thin = { style: 'thin', color: { argb: 'FF999999' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function style(sheet, headerTop, headerBottom) {
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.eachRow((row, n) => {
    if (n < headerTop) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: true, ...(n <= headerBottom ? { horizontal: 'center' } : {}) };
      if (n <= headerBottom) cell.font = { bold: true };
    });
  });
}

async function workbookBytes(year) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '示例县机构编制委员会办公室（虚构）';
  workbook.created = workbook.modified = new Date(`${year}-03-15T00:00:00Z`);
  for (const department of DEPARTMENTS) {
    LAYOUTS[department.layout](workbook.addWorksheet(department.sheet), department, rowsOf(entriesOf(department, year), department.owner), year);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvText() {
  const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [['序号', '事项编码', '主项', '子项', '权力类型', '实施依据', '实施主体', '承办机构', '备注'].join(',')];
  examplePowers(2024).forEach((p, i) => {
    const type = p.owner === RS ? LETTERS[p.type] : p.owner === JY ? NATIONAL[p.type] : p.type;
    lines.push([String(i + 1), p.code, p.main, p.sub, type, p.basis, p.owner, p.office, p.note].map(quote).join(','));
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export async function writeExampleRegisters(dir = OUT) {
  mkdirSync(dir, { recursive: true });
  for (const year of [2023, 2024]) writeFileSync(`${dir}shili-county-powers-${year}.xlsx`, await workbookBytes(year));
  writeFileSync(`${dir}shili-county-powers-2024.csv`, csvText());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeExampleRegisters();
  console.log(`wrote ${OUT}shili-county-powers-2023.xlsx (${examplePowers(2023).length} powers), -2024.xlsx and .csv (${examplePowers(2024).length} powers)`);
}
