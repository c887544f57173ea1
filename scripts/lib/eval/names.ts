// Invented names for what the laid-out page prints but the e-paper does not give
// (bylines the e-paper dropped, editors' credits). None is taken from the corpus;
// a real reporter's name from the same edition is preferred where there is one.

export const REPORTERS: readonly string[] = [
  '陈晓岚', '林一鸣', '周若水', '吴海舟', '郑明远', '王书涵', '李云帆', '张启航',
  '刘思齐', '黄立群', '何静怡', '徐子衡', '孙望舒', '马啸川', '朱晨阳', '胡清扬',
  '郭文澜', '罗嘉木', '高远志', '梁晓棠', '宋知微', '谢永安', '韩青禾', '唐浩然',
  '冯雨桐', '董亦凡', '曹慕白', '袁沐阳', '邓星河', '许望川', '傅晴岚', '沈逸舟',
  '钱程', '江帆', '方圆', '石磊', '夏雨', '金鑫', '秦川', '任远',
];

export const EDITORS: readonly string[] = ['顾青言', '苏映雪', '卢景行', '蒋若愚', '蔡明澈', '丁一帆', '魏书恒', '薛凌波', '叶知秋', '彭晓东', '白桦', '岳宁'];

export const CITIES: readonly string[] = ['北京', '北京', '北京', '上海', '杭州', '广州', '武汉', '成都', '西安', '南京', '舟山', '宁波'];
