// The kicker splitter (src/ingest/kicker.ts) with the weights the ingest ships: where a
// one-block headline's 引题 ends, if it has one. Expectations written from the convention.
import { describe, expect, test } from 'vitest';
import { hanPairs, headlineParts, kickerFeatures, readKicker, spacesInWords } from '#src/ingest/kicker.ts';
import { MODEL } from '#src/ingest/model.ts';

describe('readKicker', () => {
  test.each([
    ['徐仁标在调研督导春耕备耕和高标准农田建设工作时强调 统筹抓好春耕生产与高标准农田建设 不断开创海岛乡村全面振兴新局面', '徐仁标在调研督导春耕备耕和高标准农田建设工作时强调'],
    ['张三在全市经济工作会议上指出 稳中求进 久久为功', '张三在全市经济工作会议上指出'],
    ['我市各地各部门深入开展树立和践行正确政绩观学习教育 弘扬“六干”作风 笃行为民担当', '我市各地各部门深入开展树立和践行正确政绩观学习教育'],
    ['全市长护险参保人数超百万 实现基本医保参保人员全覆盖', undefined],
    ['一季度我市GDP增长8.5% 规上工业增加值增长12.3%', undefined],
    ['股权投资 赋能创新', undefined],
  ])('%s', (text, kicker) => {
    const read = readKicker(text, MODEL.kicker);
    expect(read.kicker).toBe(kicker);
    expect(read.kicker === undefined ? read.title : `${read.kicker} ${read.title}`).toBe(text);
  });

  test('scores are 0–1 and the runner-up is the other reading', () => {
    const read = readKicker('股权投资 赋能创新', MODEL.kicker);
    expect(read.score).toBeGreaterThan(0.5);
    expect(read.score + (read.other?.score ?? 0)).toBeLessThanOrEqual(1 + 1e-9);
    expect(read.other).toMatchObject({ kicker: '股权投资', title: '赋能创新' });
  });

  test('a line without a space is all 主题', () => {
    expect(readKicker('海岛渔港迎来开渔季', MODEL.kicker)).toEqual({ title: '海岛渔港迎来开渔季', score: 1 });
  });
});

describe('kickerFeatures', () => {
  test('an 引题 ending in —— and one reporting speech are told apart from a split inside a word', () => {
    const parts = headlineParts('为了海岛群众看病不再难—— 我市建成全域远程医疗网络');
    expect(kickerFeatures(parts, 1)).toContain('left-dash');
    expect(kickerFeatures(headlineParts('王某在会上强调 守牢底线'), 1)).toContain('left-speech');
    expect(kickerFeatures(headlineParts('倍加呵护珍稀濒 危植物'), 1)).toContain('right-tiny');
    expect(kickerFeatures(parts, 0)).toContain('none');
  });

  test('a space between two characters that the page prints together is a wrap inside a word, not an 引题 ending', () => {
    const pairs = hanPairs(['中国共产党对妇女事业的坚强领导', '全市新增就业岗位超3万个，城镇登记失业率保持低位。']);
    const wrapped = headlineParts('见证了中 国共产党对妇女事业的坚强领导');
    expect(spacesInWords(wrapped, pairs)).toEqual([true]);
    expect(kickerFeatures(wrapped, 1, spacesInWords(wrapped, pairs))).toContain('split-in-word');
    expect(kickerFeatures(wrapped, 0, spacesInWords(wrapped, pairs))).toContain('none:in-word');
    const joined = headlineParts('截至11月底 全市新增就业岗位超3万个');
    // `底全` is printed nowhere on the page.
    expect(spacesInWords(joined, pairs)).toEqual([false]);
    expect(kickerFeatures(joined, 1, spacesInWords(joined, pairs))).not.toContain('split-in-word');
    // Without the page, the cue is not asked about.
    expect(kickerFeatures(wrapped, 1)).not.toContain('split-in-word');
  });

  test('who acts, when, and what happened mark an 引题; parallel halves mark a 主题 set in two', () => {
    expect(kickerFeatures(headlineParts('市人社局 开出首批技能人才专列'), 1)).toContain('left-actor');
    expect(kickerFeatures(headlineParts('外交部发言人 就某国议会通过涉港法案答记者问'), 1)).toContain('left-actor');
    expect(kickerFeatures(headlineParts('截至11月底 全市新增就业岗位超3万个'), 1)).toEqual(expect.arrayContaining(['left-occasion', 'right-digit']));
    expect(kickerFeatures(headlineParts('国庆假期前三日 全市接待游客超百万人次'), 1)).toContain('left-occasion');
    expect(kickerFeatures(headlineParts('市政府办公室印发 海岛民宿管理办法'), 1)).toContain('left-event');
    // `话剧《海岛》` over `朴素动人 余味悠长`: the right side is one 主题 in two parallel halves…
    const review = headlineParts('话剧《海岛》 朴素动人 余味悠长');
    expect(kickerFeatures(review, 1)).toEqual(expect.arrayContaining(['left-book', 'right-parallel']));
    // …and a split between them cuts the pair.
    expect(kickerFeatures(review, 2)).toContain('cuts-pair');
    expect(kickerFeatures(headlineParts('守住海岸线 护好蓝海湾'), 0)).toContain('none:parallel');
    expect(kickerFeatures(headlineParts('定海 老街焕新颜'), 1)).not.toContain('left-actor');
  });
});
