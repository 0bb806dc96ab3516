/**
 * What a USCC's first two characters mean (GB 32100-2015, 登记管理部门代码 and
 * 机构类别代码), by name in three languages. Shown as details; never used for a decision
 * (domain.md §1). Kept apart from parsing, so that the headless client does not carry the
 * name tables: only the elements that show the details import it.
 */
import type { IdLocale, UsccDetails } from './types.js';

type Names = Readonly<Record<IdLocale, string>>;

const AUTHORITIES: Readonly<Record<string, Names>> = {
  '1': { 'zh-CN': '机构编制', 'zh-Hant': '機構編制', en: 'Public-sector establishment' },
  '2': { 'zh-CN': '外交', 'zh-Hant': '外交', en: 'Foreign affairs' },
  '3': { 'zh-CN': '司法行政', 'zh-Hant': '司法行政', en: 'Judicial administration' },
  '4': { 'zh-CN': '文化', 'zh-Hant': '文化', en: 'Culture' },
  '5': { 'zh-CN': '民政', 'zh-Hant': '民政', en: 'Civil affairs' },
  '6': { 'zh-CN': '旅游', 'zh-Hant': '旅遊', en: 'Tourism' },
  '7': { 'zh-CN': '宗教', 'zh-Hant': '宗教', en: 'Religious affairs' },
  '8': { 'zh-CN': '工会', 'zh-Hant': '工會', en: 'Trade unions' },
  '9': { 'zh-CN': '市场监管', 'zh-Hant': '市場監管', en: 'Market regulation' },
  A: {
    'zh-CN': '中央军委改革和编制办公室',
    'zh-Hant': '中央軍委改革和編制辦公室',
    en: 'Central Military Commission reform and establishment office',
  },
  N: { 'zh-CN': '农业', 'zh-Hant': '農業', en: 'Agriculture' },
  Y: { 'zh-CN': '其他', 'zh-Hant': '其他', en: 'Other' },
};

const UNKNOWN_AUTHORITY: Names = { 'zh-CN': '未知', 'zh-Hant': '未知', en: 'Unknown' };

/** Kind names by authority code, then kind code. Authorities not listed have no named kinds. */
const KINDS: Readonly<Record<string, Readonly<Record<string, Names>>>> = {
  '1': {
    '1': { 'zh-CN': '机关', 'zh-Hant': '機關', en: 'Government body' },
    '2': { 'zh-CN': '事业单位', 'zh-Hant': '事業單位', en: 'Public institution' },
    '3': {
      'zh-CN': '中央编办直接管理机构编制的群众团体',
      'zh-Hant': '中央編辦直接管理機構編制的群眾團體',
      en: 'Mass organisation under the central establishment office',
    },
  },
  '5': {
    '1': { 'zh-CN': '社会团体', 'zh-Hant': '社會團體', en: 'Social organisation' },
    '2': { 'zh-CN': '民办非企业单位', 'zh-Hant': '民辦非企業單位', en: 'Private non-enterprise unit' },
    '3': { 'zh-CN': '基金会', 'zh-Hant': '基金會', en: 'Foundation' },
  },
  '9': {
    '1': { 'zh-CN': '企业', 'zh-Hant': '企業', en: 'Enterprise' },
    '2': { 'zh-CN': '个体工商户', 'zh-Hant': '個體工商戶', en: 'Individual business' },
    '3': { 'zh-CN': '农民专业合作社', 'zh-Hant': '農民專業合作社', en: "Farmers' co-operative" },
  },
};

/** The registration authority's and kind's names (GB 32100) of a USCC's details, in a locale. */
export function registrationNames(details: Pick<UsccDetails, 'authorityCode' | 'kindCode'>, locale: IdLocale): { authority: string; kind: string | null } {
  const kind = KINDS[details.authorityCode]?.[details.kindCode];
  return {
    authority: (AUTHORITIES[details.authorityCode] ?? UNKNOWN_AUTHORITY)[locale],
    kind: kind ? kind[locale] : null,
  };
}
