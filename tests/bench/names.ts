// Deterministic, plausible deputy records for the benchmark: Chinese names drawn from surname and
// given-name lists weighted roughly like the census, unique birth dates and valid ID numbers.
import { idNumberCheckDigit } from "@/lib/text/id-number";
import { DAY_MS } from "@/lib/time/day";

/** mulberry32: a small seeded PRNG, so every run builds the same data set. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Surname: weight (share in ‱, approximate 2020 census figures).
const SURNAMES: [string, number][] = [
  ["王", 712],
  ["李", 719],
  ["张", 672],
  ["刘", 538],
  ["陈", 453],
  ["杨", 308],
  ["黄", 223],
  ["赵", 229],
  ["吴", 205],
  ["周", 208],
  ["徐", 150],
  ["孙", 148],
  ["马", 144],
  ["朱", 127],
  ["胡", 131],
  ["郭", 115],
  ["何", 118],
  ["高", 100],
  ["林", 101],
  ["罗", 87],
  ["郑", 80],
  ["梁", 72],
  ["谢", 66],
  ["宋", 61],
  ["唐", 60],
  ["许", 59],
  ["韩", 58],
  ["冯", 53],
  ["邓", 55],
  ["曹", 48],
  ["彭", 50],
  ["曾", 47],
  ["肖", 45],
  ["田", 44],
  ["董", 45],
  ["袁", 38],
  ["潘", 37],
  ["于", 37],
  ["蒋", 36],
  ["蔡", 36],
  ["余", 36],
  ["杜", 34],
  ["叶", 34],
  ["程", 33],
  ["苏", 30],
  ["魏", 31],
  ["吕", 30],
  ["丁", 29],
  ["任", 29],
  ["沈", 27],
  ["姚", 27],
  ["卢", 27],
  ["姜", 25],
  ["崔", 25],
  ["钟", 24],
  ["谭", 24],
  ["陆", 23],
  ["汪", 22],
  ["范", 22],
  ["金", 22],
];
const MALE_GIVEN = [..."伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁健亮俊峰建国志文斌林海东生成永德发祥光荣兴全福贵才"];
const FEMALE_GIVEN = [..."芳娜敏静丽艳娟霞秀英玲桂兰萍红梅琴云莲珍雪燕华丹慧洁琳晶倩颖婷玉凤春美秋菊"];
const ETHNICITIES: [string, number][] = [
  ["汉族", 70],
  ["苗族", 12],
  ["布依族", 8],
  ["侗族", 5],
  ["土家族", 3],
  ["彝族", 2],
];
const PARTIES: [string, number][] = [
  ["中共党员", 65],
  ["群众", 28],
  ["中共预备党员", 3],
  ["民盟盟员", 2],
  ["九三学社社员", 2],
];
const EDUCATIONS = ["大学本科", "大专", "高中", "中专", "初中", "研究生"];
const OCCUPATIONS = [
  "村党支部书记",
  "村民委员会主任",
  "种植户",
  "养殖户",
  "个体工商户",
  "小学教师",
  "乡村医生",
  "镇机关干部",
  "企业负责人",
  "合作社理事长",
];

function weighted<T>(rand: () => number, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1][0];
}
const pick = <T>(rand: () => number, items: readonly T[]) => items[Math.floor(rand() * items.length)];

export function chineseName(rand: () => number, gender: "MALE" | "FEMALE"): string {
  const given = gender === "MALE" ? MALE_GIVEN : FEMALE_GIVEN;
  const surname = weighted(rand, SURNAMES);
  return rand() < 0.3 ? surname + pick(rand, given) : surname + pick(rand, given) + pick(rand, given);
}

const BIRTH_BASE = Date.UTC(1962, 0, 1);
const BIRTH_SPAN = 14_000; // days (~38 years); the step 11 is coprime with it, so i → date is one-to-one

/** The i-th birth date of a township: distinct for every i < 14,000, so (name, birth date) never repeats. */
export const birthDateOf = (i: number) => new Date(BIRTH_BASE + ((i * 11) % BIRTH_SPAN) * DAY_MS);

/** A valid 18-character ID number (GB 11643) agreeing with birth date and gender. */
export function idNumberOf(region: string, birth: Date, seq: number, gender: "MALE" | "FEMALE"): string {
  const ymd = birth.toISOString().slice(0, 10).replaceAll("-", "");
  const order = (seq % 50) * 2 + (gender === "MALE" ? 1 : 0);
  const first17 = `${region}${ymd}${String(order).padStart(3, "0")}`;
  return first17 + idNumberCheckDigit(first17);
}

export interface DeputyFields {
  name: string;
  gender: "MALE" | "FEMALE";
  birthDate: Date;
  ethnicity: string;
  party: string;
  education: string;
  occupation: string;
  workUnit: string;
  phone: string;
  address: string;
  idNumber: string;
  constituency: string;
  levels: string[];
}

/** The i-th deputy of a township (township number selects region code and seed). */
export function deputyFields(township: number, i: number): DeputyFields {
  const rand = prng(township * 100_003 + i);
  const gender = rand() < 0.62 ? "MALE" : "FEMALE";
  const birthDate = birthDateOf(i);
  const village = `${pick(rand, [..."青石龙凤马桥新安平坝"])}${pick(rand, [..."山水田溪寨坡岭沟"])}村`;
  return {
    name: chineseName(rand, gender),
    gender,
    birthDate,
    ethnicity: weighted(rand, ETHNICITIES),
    party: weighted(rand, PARTIES),
    education: pick(rand, EDUCATIONS),
    occupation: pick(rand, OCCUPATIONS),
    workUnit: `${village}村民委员会`,
    phone: `1${pick(rand, ["38", "39", "51", "58", "87"])}${String(Math.floor(rand() * 1e8)).padStart(8, "0")}`,
    address: `${village}${1 + Math.floor(rand() * 9)}组`,
    idNumber: idNumberOf(`52${String(township).padStart(4, "0")}`, birthDate, i, gender),
    constituency: `第${"一二三四五六七八九十"[i % 10]}选区`,
    levels: rand() < 0.15 ? ["TOWNSHIP", "COUNTY"] : ["TOWNSHIP"],
  };
}
