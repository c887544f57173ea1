// What a journalist types into a scaffolded file: a real headline, a byline and a
// body in place of the hints, and no longer a draft.
export function fillIn(text: string): string {
  return text
    .replace(/^title: .*$/m, 'title: 海岛公交开通三条夜间线路')
    .replace('# byline: 记者 某某 通讯员 某某', 'byline: 记者 王小明')
    .replace('draft: true\n', '')
    .replace(/<!--[\s\S]*?-->\n/, '本报讯 本市首批三条夜间公交线路昨晚开通。\n\n## 三条线路先行\n\n夜间线路连接新城、老城和朱家尖。\n');
}
