// Writes the 权责清单 of the fictional 示例县 used by `gkml diff` in examples/shili-county/registers/:
//   shili-county-powers-2024.xlsx — two sheets in the shapes real county lists come in:
//     民政局: two title rows, a two-row merged header (事项名称 over 主项 | 子项, 责任主体 over 实施主体 | 承办机构),
//             主项 and 权力类型 merged down their 子项, 同上 cells, local type words (行政审批, 行政监督, 其他职权, 审核转报);
//     人社局: a title row, a one-row header under other names (职权编码, 职权名称, 法定主体 …), no type column —
//             the type comes from section rows (一、行政许可（4项）);
//   shili-county-powers-2024.csv — the same powers as one flat table (UTF-8 with BOM, as Excel saves "CSV UTF-8"),
//     with national and letter type codes.
// The place is invented; the power names follow real county lists and the laws cited are real.
// Deliberate gaps for the diff: many powers have no catalogue item; SLX-GF-002 was merged into SLX-QR-001 in the
// 2024 adjustment, so the catalogue's reference to it is stale; 失业保险金 is named differently; one owner differs.
// Run: node scripts/make-example-registers.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const OUT = fileURLToPath(new URL('../examples/shili-county/registers/', import.meta.url));
const MZ = '示例县民政局';
const RS = '示例县人力资源和社会保障局';

const LAW = {
  rescue: '《社会救助暂行办法》（国务院令第709号）',
  dibao: '《社会救助暂行办法》（国务院令第709号）；《最低生活保障审核确认办法》（民发〔2021〕57号）',
  tekun: '《社会救助暂行办法》（国务院令第709号）；《特困人员认定办法》（民发〔2021〕43号）',
  elderly: '《中华人民共和国老年人权益保障法》；《养老机构管理办法》（民政部令第66号）',
  social: '《社会团体登记管理条例》',
  private: '《民办非企业单位登记管理暂行条例》',
  charity: '《中华人民共和国慈善法》',
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
};

/** A power without 子项. */
const one = (code, name, type, basis, office, note) => ({ code, name, type, basis, office, ...(note ? { note } : {}) });
/** A 主项 and its 子项 ([code, name] each); the 子项 share the type, basis and office. */
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
  one('SLX-GF-004', '高龄津贴发放', '行政给付', LAW.elderly, '养老服务股'),
  group('困难残疾人生活补贴和重度残疾人护理补贴给付', '行政给付', LAW.disabled, '社会救助股', [
    ['SLX-GF-009-01', '困难残疾人生活补贴给付'], ['SLX-GF-009-02', '重度残疾人护理补贴给付'],
  ]),
  one('SLX-GF-010', '孤儿基本生活费给付', '行政给付', LAW.children, '儿童福利股'),
  one('SLX-GF-011', '事实无人抚养儿童基本生活补贴给付', '行政给付', LAW.children, '儿童福利股'),
  one('SLX-GF-012', '经济困难的失能老年人护理补贴给付', '行政给付', LAW.elderly, '养老服务股'),
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

/** Every power as one flat row: what both the workbook and the CSV say. */
export function examplePowers() {
  const rows = [];
  const add = (owner, entry) => {
    if (!entry.subs) rows.push({ owner, code: entry.code, main: entry.name, sub: '', type: entry.type, basis: entry.basis, office: entry.office, note: entry.note ?? '' });
    else for (const [code, name] of entry.subs) rows.push({ owner, code, main: entry.name, sub: name, type: entry.type, basis: entry.basis, office: entry.office, note: '' });
  };
  for (const entry of CIVIL) add(MZ, entry);
  for (const entries of Object.values(LABOUR)) for (const entry of entries) add(RS, entry);
  return rows;
}

const thin = { style: 'thin', color: { argb: 'FF999999' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

function civilSheet(workbook) {
  const sheet = workbook.addWorksheet('民政局');
  sheet.columns = [6, 16, 26, 34, 10, 34, 16, 16, 48, 40, 24].map((width) => ({ width }));
  sheet.addRow(['示例县民政局权责清单（2024年版）']);
  sheet.mergeCells('A1:K1');
  sheet.addRow(['填报单位：示例县民政局　　　　　　调整日期：2024年3月15日']);
  sheet.mergeCells('A2:K2');
  sheet.addRow(['序号', '事项编码', '事项名称', null, '权力类型', '实施依据', '责任主体', null, '责任事项', '追责情形', '备注']);
  sheet.addRow([null, null, '主项', '子项', null, null, '实施主体', '承办机构']);
  for (const column of ['A', 'B', 'E', 'F', 'I', 'J', 'K']) sheet.mergeCells(`${column}3:${column}4`);
  sheet.mergeCells('C3:D3');
  sheet.mergeCells('G3:H3');
  let seq = 0;
  for (const entry of CIVIL) {
    const first = sheet.rowCount + 1;
    const subs = entry.subs ?? [[entry.code, null]];
    subs.forEach(([code, sub], k) => {
      const top = k === 0;
      const basis = top || entry.style !== 'same' ? entry.basis : '同上';
      sheet.addRow([++seq, code, top ? entry.name : null, sub, top ? entry.type : null, top || entry.style === 'same' ? basis : null, MZ, entry.subs && !top && entry.style === 'same' ? '同上' : entry.office, duties(entry.type), ACCOUNTABILITY, entry.note ?? null]);
    });
    const last = sheet.rowCount;
    if (!entry.subs) sheet.mergeCells(`C${first}:D${first}`);
    else {
      sheet.mergeCells(`C${first}:C${last}`);
      sheet.mergeCells(`E${first}:E${last}`);
      if (entry.style !== 'same') sheet.mergeCells(`F${first}:F${last}`);
    }
  }
  style(sheet, 3, 4);
}

function labourSheet(workbook) {
  const sheet = workbook.addWorksheet('人社局');
  sheet.columns = [6, 16, 40, 36, 24, 24, 34, 20].map((width) => ({ width }));
  sheet.addRow(['示例县人力资源和社会保障局行政职权目录（2024年）']);
  sheet.mergeCells('A1:H1');
  sheet.addRow(['序号', '职权编码', '职权名称', '子项名称', '法定主体', '承办机构', '设定依据', '备注']);
  const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'];
  let seq = 0;
  Object.entries(LABOUR).forEach(([type, entries], i) => {
    const count = entries.reduce((n, e) => n + (e.subs ? e.subs.length : 1), 0);
    sheet.addRow([`${numerals[i]}、${type}（${count}项）`]);
    sheet.mergeCells(`A${sheet.rowCount}:H${sheet.rowCount}`);
    sheet.getRow(sheet.rowCount).font = { bold: true };
    for (const entry of entries) {
      const first = sheet.rowCount + 1;
      for (const [code, sub] of entry.subs ?? [[entry.code, null]]) {
        // 法定主体 is written only where a clerk did; elsewhere the title's department applies.
        sheet.addRow([++seq, code || null, entry.name, sub, seq % 7 === 1 ? RS : null, entry.office, entry.basis, entry.note ?? null]);
      }
      if (entry.subs) sheet.mergeCells(`C${first}:C${sheet.rowCount}`);
    }
  });
  style(sheet, 2, 2);
}

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

const LETTERS = { 行政许可: 'XK', 行政处罚: 'CF', 行政强制: 'QZ', 行政检查: 'JC', 行政确认: 'QR', 行政给付: 'GF', 行政奖励: 'JL', 行政裁决: 'CJ', 其他行政权力: 'QT', 公共服务: '20' };

function csvText() {
  const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [['序号', '事项编码', '主项', '子项', '权力类型', '实施依据', '实施主体', '承办机构', '备注'].join(',')];
  examplePowers().forEach((p, i) => {
    const type = p.owner === RS ? LETTERS[p.type] : p.type;
    lines.push([String(i + 1), p.code, p.main, p.sub, type, p.basis, p.owner, p.office, p.note].map(quote).join(','));
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export async function writeExampleRegisters(dir = OUT) {
  mkdirSync(dir, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '示例县机构编制委员会办公室（虚构）';
  workbook.created = workbook.modified = new Date('2024-03-15T00:00:00Z');
  civilSheet(workbook);
  labourSheet(workbook);
  writeFileSync(`${dir}shili-county-powers-2024.xlsx`, new Uint8Array(await workbook.xlsx.writeBuffer()));
  writeFileSync(`${dir}shili-county-powers-2024.csv`, csvText());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeExampleRegisters();
  console.log(`wrote ${OUT}shili-county-powers-2024.xlsx and .csv (${examplePowers().length} powers)`);
}
