/**
 * The default measures catalog against the contract, the domain rules and — above all —
 * the five policy texts it claims to be built from (docs/policy in this repository, read from disk):
 * every cited 文号 or title must be a real source, every cited section must exist in
 * that document, and every quoted passage must stand in that section.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Catalog, LIST_TYPES, SCENARIOS } from '../../../src/contract/index.js';
import type { Measure } from '../../../src/contract/index.js';
import { DEFAULT_CATALOG, DEFAULT_CATALOG_SOURCES } from '../../../src/policy/default-catalog.js';
import { evaluate } from '../../../src/policy/evaluate.js';

// ------------------------------------------------------------ the policy texts

/** `<repo>/docs/policy`, the repo root being the nearest folder above this file with a package.json. */
function findPolicyDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) {
      const policy = resolve(dir, 'docs', 'policy');
      if (existsSync(policy)) return policy;
      throw new Error(`policy texts not found at ${policy} (they belong in the repository)`);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('repo root (package.json) not found above the test file');
    dir = parent;
  }
}

/**
 * The Beijing file is a traditional-character copy with pinyin glosses (`京政發(fā)〔2017〕15號`).
 * These are the traditional characters that occur in the passages the catalog cites from it,
 * each followed by its simplified form (the document's own form).
 */
const TRADITIONAL_PAIRS =
  '對对 誠诚 連连 續续 無无 記记 錄录 據据 實实 際际 況况 綠绿 務务 嚴严 體体 規规 參参 購购 動动 與与 ' +
  '資资 項项 標标 轉转 讓让 財财 補补 請请 審审 準准 從从 許许 產产 證证 發发 將将 為为 點点 監监 約约 ' +
  '懲惩 隨随 機机 頻频 時时 銷销 業业 負负 責责 級级 員员 東东 榮荣 譽誉 稱称 號号 評评 優优 礎础 設设 ' +
  '經经 營营 領领 價价 類类 條条 報报 齊齐 備备 書书 諾诺 內内 應应 檢检 專专 減减 慮虑 場场 關关 進进 ' +
  '給给 傳传 廣广 揚扬 聯联 獎奖 見见 國国 構构 額额 貸贷 擔担 創创 網网';
const SIMPLIFIED = new Map(TRADITIONAL_PAIRS.split(' ').map((pair) => [pair[0], pair[1]] as const));
const PINYIN_GLOSS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\s*\)/g;

/** Same text, comparable form: no pinyin glosses, half-width punctuation, simplified characters. */
function fold(text: string): string {
  const plain = text.replace(PINYIN_GLOSS, '').normalize('NFKC');
  return Array.from(plain, (ch) => SIMPLIFIED.get(ch) ?? ch).join('');
}
/** For comparing passages: also without whitespace and quotation marks (the catalog writes inner quotes as ‘’). */
function compact(text: string): string {
  return fold(text).replace(/[\s“”‘’"'「」『』]/g, '');
}

const POLICY_DIR = findPolicyDir();
const POLICY_FILES = readdirSync(POLICY_DIR).filter((f) => f.endsWith('.txt'));
const TEXTS = new Map(POLICY_FILES.map((f) => [f, fold(readFileSync(join(POLICY_DIR, f), 'utf8'))] as const));
const CORPUS = compact([...TEXTS.values()].join('\n'));

// ------------------------------------------------------------ sections of a text

const NUMERALS = '[一二三四五六七八九十]+';
const HEADINGS = {
  part: new RegExp(`^\\s*${NUMERALS}、`), // 二、
  item: new RegExp(`^\\s*\\(${NUMERALS}\\)`), // (三)
  point: /^\s*\d+\./, // 1.
};

/**
 * The text of a section as the documents number it, e.g. `二(三)1`, `(十五)`, `三(四)12`,
 * or `序言` (before part 一); null if the document has no such section.
 */
function sectionText(text: string, section: string): string | null {
  const lines = text.split('\n');
  if (section === '序言') {
    const end = lines.findIndex((l) => HEADINGS.part.test(l));
    return lines.slice(0, end < 0 ? lines.length : end).join('\n');
  }
  const m = new RegExp(`^(${NUMERALS})?(?:\\((${NUMERALS})\\))?(\\d+)?$`).exec(section);
  if (!m || section === '') return null;
  const steps: Array<{ level: keyof typeof HEADINGS; label: string }> = [];
  if (m[1]) steps.push({ level: 'part', label: `${m[1]}、` });
  if (m[2]) steps.push({ level: 'item', label: `(${m[2]})` });
  if (m[3]) steps.push({ level: 'point', label: `${m[3]}.` });
  let at = 0;
  for (const step of steps) {
    let found = -1;
    for (let i = at; i < lines.length; i++) {
      if (HEADINGS[step.level].test(lines[i]) && lines[i].trimStart().startsWith(step.label)) {
        found = i;
        break;
      }
    }
    if (found < 0) return null;
    at = found;
  }
  const deepest = steps[steps.length - 1].level;
  const closing = (['part', 'item', 'point'] as const).slice(0, ['part', 'item', 'point'].indexOf(deepest) + 1);
  let end = at + 1;
  while (end < lines.length && !closing.some((level) => HEADINGS[level].test(lines[end]))) end++;
  return lines.slice(at, end).join('\n');
}

// ------------------------------------------------------------ citations

const SOURCE_BY_KEY = new Map<string, (typeof DEFAULT_CATALOG_SOURCES)[number]>();
for (const source of DEFAULT_CATALOG_SOURCES) {
  if (source.docNumber) SOURCE_BY_KEY.set(fold(source.docNumber), source);
  SOURCE_BY_KEY.set(fold(`《${source.title}》`), source);
}

const KEY = '(?:[\\u4e00-\\u9fff]+〔\\d{4}〕\\d+号|《[^》]+》)';
const SECTION = `(?:序言|${NUMERALS}(?:\\(${NUMERALS}\\))?\\d*|\\(${NUMERALS}\\)\\d*)`;
/** `<source> <section>：“<passage>”` */
const QUOTED = new RegExp(`^(${KEY}) ?(${SECTION}):“(.+)”$`);
/** `<document>（引自 <source> <section>）` */
const CITED_BY = new RegExp(`^(${KEY})\\(引自 (${KEY}) ?(${SECTION})\\)$`);
/** Any reference inside running text (remedies). */
const REFERENCE = new RegExp(`(${KEY}) ?(${SECTION})?`, 'g');
const DOC_NUMBER = /[\u4e00-\u9fff]+〔\d{4}〕\d+号/g;

/** Checks one basis entry; returns what is wrong with it, or null. */
function basisProblem(basis: string): string | null {
  const entry = fold(basis);
  const quoted = QUOTED.exec(entry);
  const citedBy = quoted ? null : CITED_BY.exec(entry);
  if (!quoted && !citedBy) return 'not in the form `<source> <section>：“<passage>”` or `<document>（引自 <source> <section>）`';
  const [sourceKey, section] = quoted ? [quoted[1], quoted[2]] : [citedBy![2], citedBy![3]];
  const source = SOURCE_BY_KEY.get(sourceKey);
  if (!source) return `${sourceKey} is not one of DEFAULT_CATALOG_SOURCES`;
  const text = sectionText(TEXTS.get(source.file) ?? '', section);
  if (text === null) return `${source.file} has no section ${section}`;
  const haystack = compact(text);
  if (citedBy) {
    return haystack.includes(compact(citedBy[1])) ? null : `${source.file} ${section} does not cite ${citedBy[1]}`;
  }
  let from = 0;
  // `……` (an omission) is `......` after NFKC.
  for (const fragment of quoted![3].split('......').map(compact)) {
    const at = haystack.indexOf(fragment, from);
    if (fragment === '' || at < 0) return `${source.file} ${section} does not say “${fragment}” (in this order)`;
    from = at + fragment.length;
  }
  return null;
}

/** Checks the references inside a remedy; returns what is wrong, or null. */
function remedyProblem(remedy: string): string | null {
  const refs = [...fold(remedy).matchAll(REFERENCE)];
  if (refs.length === 0) return 'cites no source';
  for (const [, key, section] of refs) {
    const source = SOURCE_BY_KEY.get(key);
    if (!source) return `${key} is not one of DEFAULT_CATALOG_SOURCES`;
    if (section && sectionText(TEXTS.get(source.file) ?? '', section) === null) {
      return `${source.file} has no section ${section}`;
    }
  }
  return null;
}

const measures = DEFAULT_CATALOG.measures;
const byId = (id: string): Measure | undefined => measures.find((m) => m.id === id);
const recordTriggers = (m: Measure) => m.triggers.filter((t) => 'listTypes' in t);

// ------------------------------------------------------------ tests

describe('DEFAULT_CATALOG — shape', () => {
  it('passes the contract schema', () => {
    const parsed = Catalog.safeParse(DEFAULT_CATALOG);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.success).toBe(true);
  });

  it('has at least 20 measures with unique ids, P- for punishments and I- for incentives', () => {
    expect(measures.length).toBeGreaterThanOrEqual(20);
    const ids = measures.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of measures) {
      expect(m.id, m.id).toMatch(m.direction === 'punishment' ? /^P-[A-Z0-9-]+$/ : /^I-[A-Z0-9-]+$/);
    }
  });

  it('covers every standard scenario, with a punishment in each', () => {
    for (const scenario of SCENARIOS) {
      const here = measures.filter((m) => m.scenarios.includes(scenario));
      expect(here.length, scenario).toBeGreaterThan(0);
      expect(
        here.some((m) => m.direction === 'punishment'),
        `${scenario} has no punishment`,
      ).toBe(true);
    }
    expect(measures.some((m) => m.direction === 'incentive')).toBe(true);
  });

  it('names every measure, its implementer and its remedy in Chinese', () => {
    const han = /[\u4e00-\u9fff]/;
    for (const m of measures) {
      expect(m.name, m.id).toMatch(han);
      expect(m.implementer ?? '', `${m.id} implementer`).toMatch(han);
      expect(m.remedy ?? '', `${m.id} remedy`).toMatch(han);
    }
  });

  it('gives incentives the facilitate effect and keeps block / strict-review / inform for punishments', () => {
    for (const m of measures) {
      if (m.direction === 'incentive') expect(m.effect, m.id).toBe('facilitate');
      else expect(m.effect, m.id).not.toBe('facilitate');
    }
  });
});

describe('DEFAULT_CATALOG — triggers follow the polarity of the lists', () => {
  it('triggers incentives only by positive records (red-list, credit-rating A) or clean history', () => {
    for (const m of measures.filter((x) => x.direction === 'incentive')) {
      for (const t of m.triggers) {
        if (!('listTypes' in t)) continue;
        for (const listType of t.listTypes) expect(['red-list', 'credit-rating'], m.id).toContain(listType);
        if (t.listTypes.includes('credit-rating')) expect(t.grades, m.id).toEqual(['A']);
      }
    }
  });

  it('triggers punishments only by negative records, never by clean history', () => {
    const negative = LIST_TYPES.filter((l) => l !== 'red-list' && l !== 'credit-rating');
    for (const m of measures.filter((x) => x.direction === 'punishment')) {
      expect(recordTriggers(m).length, m.id).toBe(m.triggers.length);
      for (const t of recordTriggers(m)) {
        if (!('listTypes' in t)) continue;
        for (const listType of t.listTypes) {
          if (listType === 'credit-rating') expect(t.grades, m.id).toEqual(['D']);
          else expect(negative, m.id).toContain(listType);
        }
      }
    }
  });

  it('never keys a measure off administrative penalties, whose minor ones are not negative', () => {
    for (const m of measures) {
      for (const t of recordTriggers(m)) {
        if ('listTypes' in t) expect(t.listTypes, m.id).not.toContain('administrative-penalty');
      }
    }
  });
});

describe('DEFAULT_CATALOG — the measures the texts require', () => {
  it('offers 容缺受理 as I-TOLERANT-ACCEPTANCE, an incentive in administrative licensing for 诚信典型 and three clean years', () => {
    const m = byId('I-TOLERANT-ACCEPTANCE');
    expect(m?.name).toBe('容缺受理');
    expect(m?.direction).toBe('incentive');
    expect(m?.effect).toBe('facilitate');
    expect(m?.scenarios).toContain('administrative-licensing');
    expect(m?.triggers).toContainEqual({ cleanYears: 3 });
    expect(m?.triggers).toContainEqual({ listTypes: ['red-list'] });
  });

  it('offers 绿色通道, 优先办理 and 简化程序 in administrative licensing', () => {
    for (const name of ['绿色通道', '容缺受理', '优先办理', '简化程序']) {
      const m = measures.find((x) => x.name === name);
      expect(m?.direction, name).toBe('incentive');
      expect(m?.scenarios, name).toContain('administrative-licensing');
    }
  });

  it.each(['government-procurement', 'bidding', 'public-resource-trading', 'fiscal-funds', 'project-approval', 'honors'])(
    'blocks severe-dishonesty subjects in %s by a mandatory punishment',
    (scenario) => {
      const blocking = measures.filter(
        (m) =>
          m.scenarios.includes(scenario) &&
          m.direction === 'punishment' &&
          m.nature === 'mandatory' &&
          m.effect === 'block' &&
          m.triggers.some((t) => 'listTypes' in t && t.listTypes.includes('severe-dishonesty')),
      );
      expect(blocking.length, scenario).toBeGreaterThan(0);
    },
  );

  it('puts 失信被执行人 under the same procurement and bidding bans', () => {
    for (const id of ['P-PROCUREMENT-BAN', 'P-BIDDING-BAN']) {
      expect(byId(id)?.triggers, id).toContainEqual({ listTypes: ['dishonest-judgment-debtor'] });
    }
  });

  it('blocks a severely dishonest enterprise applying for a licence (市场和行业禁入), and reviews a judgment debtor strictly (从严审核)', () => {
    const licensing = measures.filter(
      (m) => m.scenarios.includes('administrative-licensing') && m.direction === 'punishment',
    );
    const blocking = licensing.filter((m) => m.effect === 'block');
    expect(blocking.map((m) => m.id)).toEqual(['P-MARKET-INDUSTRY-BAN']);
    expect(byId('P-MARKET-INDUSTRY-BAN')).toMatchObject({ nature: 'mandatory', triggers: [{ listTypes: ['severe-dishonesty'] }] });
    expect(byId('P-LICENSING-STRICT-REVIEW')?.effect).toBe('strict-review');
    expect(byId('P-LICENSING-STRICT-REVIEW')?.triggers).toContainEqual({ listTypes: ['dishonest-judgment-debtor'] });
  });
});

describe('DEFAULT_CATALOG — the measures the texts name for 落实到人 (issue 19)', () => {
  const quotes = (id: string) => (byId(id)?.basis ?? []).map(fold).join('\n');
  it.each([
    ['P-LISTING-FINANCING-STRICT-REVIEW', 'securities-financing', 'strict-review', ['《2018年汉阳区建立完善守信联合激励和失信联合惩戒制度实施方案》(十五):“从严审核企业上市融资、再融资或发行债券”']],
    [
      'P-FINANCIAL-INSTITUTION-BAN',
      'financial-institution-approval',
      'block',
      ['京政发〔2017〕15号 二(三)1', '限制发起设立或参股金融机构以及小额贷款公司、融资担保公司、创业投资公司、互联网融资平台等机构', '三明市经济和信息化委员会社会信用体系建设工作方案》三(四)12'],
    ],
    ['P-INTERNET-INFO-SERVICE-BAN', 'internet-information-service', 'block', ['京政发〔2017〕15号 二(三)1:“限制从事互联网信息服务”', '(十五):“限制从事互联网信息服务”', '三(四)12:“限制从事互联网信息服务”']],
  ] as const)('%s: a mandatory punishment in %s (%s) of severely dishonest subjects and 失信被执行人, quoted from the texts', (id, scenario, effect, cited) => {
    const m = byId(id);
    expect(m).toMatchObject({ direction: 'punishment', nature: 'mandatory', effect, scenarios: [scenario], triggers: [{ listTypes: ['severe-dishonesty'] }, { listTypes: ['dishonest-judgment-debtor'] }] });
    expect(m?.subjectKinds, id).toBeUndefined();
    for (const passage of cited) expect(quotes(id), passage).toContain(fold(passage));
    expect(m?.basis.map((b) => basisProblem(b)).filter((p) => p !== null)).toEqual([]);
  });

  it('keeps 兴署发〔2024〕23号（十）, which speaks of 政府部门 only, on measures limited to government bodies — and off the measures for everyone', () => {
    const xingan10 = measures.filter((m) => m.basis.some((b) => fold(b).startsWith(fold('兴署发〔2024〕23号 （十）'))));
    expect(xingan10.map((m) => m.id).sort()).toEqual(['P-GOV-HONORS-BAN', 'P-GOV-PROCUREMENT-BAN', 'P-GOV-SUPPORT-LIMIT', 'P-DISCLOSURE-NOTICE'].sort());
    for (const id of ['P-GOV-HONORS-BAN', 'P-GOV-PROCUREMENT-BAN', 'P-GOV-SUPPORT-LIMIT']) {
      expect(byId(id)?.subjectKinds, id).toEqual(['government-body']);
      expect(byId(id)?.triggers, id).toEqual([{ listTypes: ['severe-dishonesty'] }]);
    }
    expect(byId('P-GOV-PROCUREMENT-BAN')?.scenarios).toEqual(['government-procurement']);
    expect(byId('P-GOV-SUPPORT-LIMIT')?.scenarios).toEqual(['fiscal-funds']);
    expect(byId('P-GOV-HONORS-BAN')?.scenarios).toEqual(['honors']);
    // 针对严重失信主体…公开披露 is for every subject: that one stays unlimited.
    expect(byId('P-DISCLOSURE-NOTICE')?.subjectKinds).toBeUndefined();
  });

  it('applies a government-body measure to a severely dishonest government body, never to an enterprise on the same list', () => {
    const record = { id: 'B1', listType: 'severe-dishonesty' as const, domain: 'government-procurement', title: '政府采购领域失信', authority: '财政局', listedOn: '2026-01-10', status: 'active' as const };
    const decide = (kind: 'government-body' | 'enterprise', scenario: string) =>
      evaluate({ subject: { id: '11350100MB0000001W', name: '某局', kind }, records: [record], catalog: DEFAULT_CATALOG, scenario, on: '2026-06-01' });
    for (const [scenario, id] of [['government-procurement', 'P-GOV-PROCUREMENT-BAN'], ['fiscal-funds', 'P-GOV-SUPPORT-LIMIT'], ['honors', 'P-GOV-HONORS-BAN']] as const) {
      const gov = decide('government-body', scenario);
      expect(gov.outcome, scenario).toBe('restricted');
      expect(gov.applied.map((h) => h.measure.id), scenario).toContain(id);
      const enterprise = decide('enterprise', scenario);
      expect(enterprise.outcome, scenario).toBe('restricted'); // the measures for everyone still apply
      expect(enterprise.applied.map((h) => h.measure.id), scenario).not.toContain(id);
    }
  });
});

describe('DEFAULT_CATALOG — citations stand in the policy texts', () => {
  it('lists the five policy files as its sources, with their 文号 and titles as the files give them', () => {
    expect(DEFAULT_CATALOG_SOURCES.map((s) => s.file).sort()).toEqual([...POLICY_FILES].sort());
    for (const s of DEFAULT_CATALOG_SOURCES) {
      const text = compact(TEXTS.get(s.file) ?? '');
      if (s.docNumber) expect(text, s.file).toContain(compact(s.docNumber));
      expect(text, s.file).toContain(compact(s.title));
      expect(text, s.file).toContain(String(s.year));
    }
  });

  it('gives every measure at least one basis', () => {
    for (const m of measures) expect(m.basis.length, m.id).toBeGreaterThanOrEqual(1);
  });

  it('cites only 文号 that occur in the texts', () => {
    const cited = new Set(measures.flatMap((m) => [...m.basis, m.remedy ?? '']).flatMap((s) => fold(s).match(DOC_NUMBER) ?? []));
    expect(cited.size).toBeGreaterThan(0);
    for (const number of cited) expect(CORPUS, number).toContain(compact(number));
  });

  it('quotes every basis from the section of the document it names', () => {
    const problems = measures.flatMap((m) =>
      m.basis.map((b) => [m.id, b, basisProblem(b)] as const).filter(([, , p]) => p !== null),
    );
    expect(problems).toEqual([]);
  });

  it('refers every remedy to existing sections of the sources', () => {
    const problems = measures
      .map((m) => [m.id, remedyProblem(m.remedy ?? '')] as const)
      .filter(([, p]) => p !== null);
    expect(problems).toEqual([]);
  });

  it('draws on every one of the five sources', () => {
    const cited = new Set<string>();
    for (const m of measures) {
      for (const s of [...m.basis, m.remedy ?? '']) {
        for (const [, key] of fold(s).matchAll(REFERENCE)) {
          const source = SOURCE_BY_KEY.get(key);
          if (source) cited.add(source.file);
        }
      }
    }
    expect([...cited].sort()).toEqual([...POLICY_FILES].sort());
  });
});

describe('the citation checker itself', () => {
  it('rejects a passage that is not in the cited section, a section that does not exist, and an unknown source', () => {
    expect(basisProblem('京政发〔2017〕15号 二（三）1：“限制参加政府采购活动”')).toBeNull();
    expect(basisProblem('京政发〔2017〕15号 二（二）1：“限制参加政府采购活动”')).toMatch(/does not say/);
    // a passage of the next point (二（二）2) is not in 二（二）1
    expect(basisProblem('京政发〔2017〕15号 二（二）1：“提倡依法依约对诚信市场主体进行信用加分”')).toMatch(/does not say/);
    expect(basisProblem('京政发〔2017〕15号 二（二）2：“提倡依法依约对诚信市场主体进行信用加分”')).toBeNull();
    // continuously numbered items: （十五） ends where （十六） begins
    expect(basisProblem('《2018年汉阳区建立完善守信联合激励和失信联合惩戒制度实施方案》（十五）：“将法院发布的失信被执行人名单”')).toMatch(
      /does not say/,
    );
    expect(basisProblem('京政发〔2017〕15号 二（九）1：“限制参加政府采购活动”')).toMatch(/no section/);
    expect(basisProblem('京政发〔2018〕15号 二（三）1：“限制参加政府采购活动”')).toMatch(/not one of/);
    expect(basisProblem('国发〔2016〕33号（引自 京政发〔2017〕15号 二（三）1）')).toMatch(/does not cite/);
  });
});
