// The fixed lists of the deputy registration form (代表登记表), with their national codes, and the one
// function that reads what people type or what older records hold: the form, the API, the Excel import and
// the migration dictionary_values (generated from this module) all map through `dictionaryValue`.
// Values that map to nothing are kept as typed and listed for the office to check (待核对).

export interface DictionaryEntry {
  code: string;
  name: string;
  /** Spellings people use for it (民族 also take the name without 族). */
  aliases?: readonly string[];
}

/** GB 3304-1991 中国各民族名称的罗马字母拼写法和代码: the 56 groups. */
// prettier-ignore
export const ETHNICITIES: readonly DictionaryEntry[] = [
  "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
  "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
  "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
  "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
  "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
  "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
].map((name, i) => ({ code: String(i + 1).padStart(2, "0"), name, aliases: [name.slice(0, -1)] }));

/** GB/T 4762-1984 政治面貌代码. */
export const PARTIES: readonly DictionaryEntry[] = [
  { code: "01", name: "中国共产党党员", aliases: ["中共党员", "党员", "共产党员", "中共"] },
  { code: "02", name: "中国共产党预备党员", aliases: ["中共预备党员", "预备党员"] },
  { code: "03", name: "中国共产主义青年团团员", aliases: ["共青团员", "团员"] },
  { code: "04", name: "中国国民党革命委员会会员", aliases: ["民革会员", "民革党员", "民革"] },
  { code: "05", name: "中国民主同盟盟员", aliases: ["民盟盟员", "民盟"] },
  { code: "06", name: "中国民主建国会会员", aliases: ["民建会员", "民建"] },
  { code: "07", name: "中国民主促进会会员", aliases: ["民进会员", "民进"] },
  { code: "08", name: "中国农工民主党党员", aliases: ["农工党党员", "农工党"] },
  { code: "09", name: "中国致公党党员", aliases: ["致公党党员", "致公党"] },
  { code: "10", name: "九三学社社员", aliases: ["九三学社", "九三"] },
  { code: "11", name: "台湾民主自治同盟盟员", aliases: ["台盟盟员", "台盟"] },
  { code: "12", name: "无党派民主人士", aliases: ["无党派人士", "无党派"] },
  { code: "13", name: "群众", aliases: ["普通群众"] },
];

/** GB/T 4658-2006 学历代码: the graduate level of each stage, as the registration form asks 文化程度. */
export const EDUCATIONS: readonly DictionaryEntry[] = [
  { code: "11", name: "博士研究生", aliases: ["博士", "博士研究生毕业"] },
  { code: "14", name: "硕士研究生", aliases: ["硕士", "研究生", "硕士研究生毕业"] },
  { code: "21", name: "大学本科", aliases: ["本科", "大学", "大本", "大学本科毕业"] },
  { code: "31", name: "大学专科", aliases: ["大专", "专科", "大学专科毕业"] },
  { code: "41", name: "中等专科", aliases: ["中专", "中等专科毕业"] },
  { code: "44", name: "职业高中", aliases: ["职高", "职业高中毕业"] },
  { code: "47", name: "技工学校", aliases: ["技校", "技工学校毕业"] },
  { code: "61", name: "普通高中", aliases: ["高中", "普高", "普通高中毕业"] },
  { code: "71", name: "初中", aliases: ["初级中学", "初中毕业"] },
  { code: "81", name: "小学", aliases: ["小学毕业"] },
  { code: "90", name: "其他" },
];

export const DICTIONARIES = { ethnicity: ETHNICITIES, party: PARTIES, education: EDUCATIONS } as const;
export type DictionaryField = keyof typeof DICTIONARIES;

/** The official names of a list, in its code order (the form's options). */
export const dictionaryNames = (field: DictionaryField): string[] => DICTIONARIES[field].map((e) => e.name);

const lookup = Object.fromEntries(
  (Object.keys(DICTIONARIES) as DictionaryField[]).map((field) => {
    const map = new Map<string, string>();
    for (const e of DICTIONARIES[field]) for (const s of [e.name, e.code, ...(e.aliases ?? [])]) map.set(s, e.name);
    return [field, map];
  }),
) as Record<DictionaryField, Map<string, string>>;

/**
 * The official name for what was typed ("汉" → 汉族, "党员" → 中国共产党党员, "大专" → 大学专科, a code → its
 * name), ignoring spaces and full-width brackets' content such as "（在职）"; null when it is not in the list.
 */
export function dictionaryValue(field: DictionaryField, text: string): string | null {
  const plain = text.replace(/[\s\u3000]/g, "").replace(/[（(][^）)]*[）)]$/, "");
  return lookup[field].get(plain) ?? null;
}

/** Every spelling the mapping knows, with the name it becomes (for the migration and its test). */
export function dictionarySpellings(field: DictionaryField): [string, string][] {
  return [...lookup[field].entries()];
}
