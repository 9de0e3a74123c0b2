import { describe, expect, it } from 'vitest';
import { describeTimeLimit, normaliseNumerals, parseTimeLimitPhrase, splitPostingPeriod } from '../../src/model/time-limit.js';

describe('reading published time-limit phrasings (primer §1.5)', () => {
  it.each([
    ['信息形成或者变更之日起20个工作日内(予以公开)', { timeLimit: { workdays: 20, from: '形成或变更' } }],
    ['自制作或获取该信息之日起20个工作日内公开', { timeLimit: { workdays: 20, from: '制作或获取' } }],
    ['制定或获取信息之日起10个工作日内，公示7个工作日', { timeLimit: { workdays: 10, from: '制作或获取' }, postingPeriod: { workdays: 7 } }],
    ['信息形成或变更之日起3个工作日内', { timeLimit: { workdays: 3, from: '形成或变更' } }],
    ['20工作日', { timeLimit: { workdays: 20 } }],
    ['信息形成(变更)下发至本单位20个工作日内', { timeLimit: { workdays: 20, from: '收到' } }],
    ['实时公开', { timeLimit: '实时' }],
    ['及时', { timeLimit: '及时' }],
    ['与政策文件同步发布，时间跨度不超过5个工作日', { timeLimit: { syncWith: '', workdays: 5 } }],
    ['作出行政决定之日起7个工作日内公示', { timeLimit: { workdays: 7, from: '作出决定' } }],
    ['每年1月31日前', { timeLimit: { deadline: '01-31' } }],
    ['6月底前', { timeLimit: { deadline: '06-30' } }],
    ['批复后20日内', { timeLimit: { days: 20, from: '批复' } }],
    ['信息形成或者变更之日起二十个工作日内', { timeLimit: { workdays: 20, from: '形成或变更' } }],
    ['信息形成之日起２０个工作日内', { timeLimit: { workdays: 20, from: '形成或变更' } }],
    ['按季度', { timeLimit: { periodic: '每季度' } }],
    ['及时公开，公告期限为5个工作日', { timeLimit: '及时', postingPeriod: { workdays: 5 } }],
    ['关联规范性文件公开3个工作日内', { timeLimit: { syncWith: '', workdays: 3 } }],
    ['季度终了后15个工作日内', { timeLimit: { periodic: '每季度', workdays: 15 } }],
    ['每季度结束后10个工作日内', { timeLimit: { periodic: '每季度', workdays: 10 } }],
    ['月度结束后5个工作日内', { timeLimit: { periodic: '每月', workdays: 5 } }],
    ['信息形成之日起 20 个工作日内，公示期不少于七个工作日', { timeLimit: { workdays: 20, from: '形成或变更' }, postingPeriod: { workdays: 7 } }],
  ])('%s', (phrase, expected) => {
    expect(parseTimeLimitPhrase(phrase)).toEqual(expected);
  });

  it.each(['同上', '1年', '长期', '任期内', ''])('leaves %j unread rather than guess', (phrase) => {
    expect(parseTimeLimitPhrase(phrase)).toBeUndefined();
  });

  it('cuts a phrase where its posting period starts, keeping each half as written', () => {
    expect(splitPostingPeriod('制定或获取信息之日起10个工作日内，公示7个工作日')).toEqual({ main: '制定或获取信息之日起10个工作日内', posting: '公示7个工作日' });
    expect(splitPostingPeriod('及时公开，公告期限为五个工作日。')).toEqual({ main: '及时公开', posting: '公告期限为五个工作日' });
    expect(splitPostingPeriod(' 信息形成或者变更之日起20个工作日内 ')).toEqual({ main: '信息形成或者变更之日起20个工作日内' });
  });

  it('reads Chinese numerals', () => {
    expect(normaliseNumerals('十五个、二十个、三十五个、九十九、七')).toBe('15个、20个、35个、99、7');
  });

  it('writes the standard wording back for tables', () => {
    expect(describeTimeLimit({ workdays: 20, from: '形成或变更' })).toBe('信息形成或者变更之日起20个工作日内');
    expect(describeTimeLimit({ deadline: '01-31' })).toBe('每年1月31日前');
    expect(describeTimeLimit({ days: 20, from: '批复' })).toBe('批复之日起20日内');
    expect(describeTimeLimit({ workdays: 10, text: '制定或获取信息之日起10个工作日内' })).toBe('制定或获取信息之日起10个工作日内');
    expect(describeTimeLimit('实时')).toBe('实时公开');
  });
});
