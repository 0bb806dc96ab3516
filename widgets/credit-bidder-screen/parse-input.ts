/**
 * A pasted table or a CSV file → bidder entries (name + code). DOM-free.
 *
 * - Cells are split by papaparse (RFC 4180 quoting, cells with line breaks as Excel
 *   copies them), the delimiter detected among tab, comma, semicolon and the others
 *   papaparse knows. papaparse is loaded on first use, so pages that never screen a
 *   list do not load it.
 * - A header row is recognised by its words (名称 / 单位名称 / 投标人 / 供应商 / name …
 *   and 统一社会信用代码 / 信用代码 / 代码 / code / 身份证号 …) when none of its cells is
 *   shaped like an id, and skipped.
 * - The code column is the one whose cells are shaped like ids (so name and code may come
 *   in either order, and a serial-number column is passed over); the name column is the
 *   header's, else the column holding the most text.
 * - An authorisation column (a person check's 查询授权, domain rules §1) is taken only from
 *   the header (授权 / 授权书编号 / authorization …): its cells are kept as typed, and read
 *   by `parseAuthorizationCell`.
 * - A legal representative's id column (法定代表人身份证号 / 法人身份证号 / legal representative id …,
 *   rules §16 落实到人) is also taken only from the header, never as the code column: each
 *   non-empty cell adds a person entry right after its company's (`legalRepresentativeOf`),
 *   screened like any person row — purpose and the row's (or the element's) authorisation
 *   required, the number masked wherever it is shown.
 */
import { normalizeSubjectId } from '../../src/ids/index.js';

export interface BidderEntry {
  /** The name as given (trimmed); '' when the row has none. */
  name: string;
  /** The code as given (trimmed); '' when the row has none. */
  code: string;
  /** The officer's own row number (a 序号 column), when the list has one. */
  serial?: string;
  /** The row's authorisation cell as typed (an authorisation column), when the list has one and the cell is not empty. */
  authorization?: string;
  /** For a legal representative's row (rules §16): the code of the company it was listed with, as given. */
  legalRepresentativeOf?: string;
}

export interface ParsedBidders {
  entries: BidderEntry[];
  /** Whether the first row was a header and was skipped. */
  header: boolean;
  /** The columns used (0-based); `name` is null when the table has no name column. */
  columns: { name: number | null; code: number; serial?: number | null; authorization?: number | null; legalRepresentative?: number | null };
  /** The delimiter found ('' when every row had a single cell). */
  delimiter: string;
}

/** Splits CSV / TSV text into rows of cells. */
export type CellSplitter = (text: string) => { rows: string[][]; delimiter: string };

let papa: Promise<CellSplitter> | undefined;

/** papaparse, loaded once, on first use. */
export function loadCellSplitter(): Promise<CellSplitter> {
  papa ??= import('papaparse')
    .then((module) => {
      const Papa = (module as { default?: typeof import('papaparse') }).default ?? (module as unknown as typeof import('papaparse'));
      return (text: string) => {
        const result = Papa.parse<string[]>(text, { delimiter: '', skipEmptyLines: 'greedy' });
        return { rows: result.data, delimiter: result.meta.delimiter };
      };
    })
    .catch((error: unknown) => {
      papa = undefined; // let a later call try again
      throw error;
    });
  return papa;
}

/** Splits pasted text or a decoded CSV file into rows of cells (loads papaparse on first use). */
export async function splitCells(text: string): Promise<{ rows: string[][]; delimiter: string }> {
  const split = await loadCellSplitter();
  const { rows, delimiter } = split(stripBom(text));
  return { rows, delimiter: rows.some((r) => r.length > 1) ? delimiter : '' };
}

/** Parses pasted text or a decoded CSV file. */
export async function parseBidderText(text: string): Promise<ParsedBidders> {
  const { rows, delimiter } = await splitCells(text);
  return parseBidderRows(rows, delimiter);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

// ------------------------------------------------------------------------- the header

/** A header cell, reduced to its letters: no spaces, marks, brackets or their contents. */
function headerWord(cell: string): string {
  return cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s*＊:：_\-.#]/g, '');
}

const CODE_WORDS = ['统一社会信用代码', '社会信用代码', '信用代码', '代码', '身份证号', '身份证号码', '身份证', '证件号码', '证件号', 'code', 'uscc', 'id', 'idnumber', 'creditcode', '統一社會信用代碼', '信用代碼', '代碼', '身份證號', '身份證'];
const NAME_WORDS = ['名称', '单位名称', '企业名称', '投标人', '投标人名称', '投标单位', '供应商', '供应商名称', '主体名称', '姓名', '单位', '公司名称', 'name', 'company', 'bidder', 'supplier', '名稱', '單位名稱', '企業名稱', '投標人', '投標單位', '供應商', '主體名稱'];

const SERIAL_WORDS = ['序号', '序號', '行号', '行號', 'no', 'no.', 'number', '#', 'seq', 'sn'];
const AUTHORIZATION_WORDS = ['授权', '授权书', '授权书编号', '查询授权', '授权编号', '授權', '授權書', '授權書編號', '查詢授權', 'authorization', 'authorisation', 'consent', 'authorizationref', 'authorisationref'];

const LEGAL_REP_WORDS = ['legalrepid', 'legalrepresentativeid', 'legalrepresentativeidnumber', 'legalrepidnumber'];

function headerKind(cell: string): 'name' | 'code' | 'serial' | 'authorization' | 'legal-rep' | null {
  const word = headerWord(cell);
  if (!word) return null;
  // 法定代表人身份证号 / 法人身份证号 / 法定代表人证件号码 (before the code words: it names an id too).
  if (LEGAL_REP_WORDS.includes(word) || (word.length <= 14 && /^(法定代表人|法人代表|法人)/.test(word) && /(身份证|身份證|证件|證件)/.test(word))) return 'legal-rep';
  if (SERIAL_WORDS.includes(word) || /^(序号|序號)$/.test(cell.trim())) return 'serial';
  if (AUTHORIZATION_WORDS.includes(word) || (word.length <= 12 && /(授权|授權)/.test(word))) return 'authorization';
  if (CODE_WORDS.includes(word)) return 'code';
  if (NAME_WORDS.includes(word)) return 'name';
  // Longer labels ("投标人统一社会信用代码", "supplier name"); a header cell is short, a name is not.
  if (word.length > 12) return null;
  if (/(代码|代碼|身份证|身份證|证件号|證件號)/.test(word) || /code$/.test(word)) return 'code';
  if (/(名称|名稱|投标人|投標人|供应商|供應商)/.test(word) || /name$/.test(word)) return 'name';
  return null;
}

// ------------------------------------------------------------------------- the columns

/**
 * Whether a cell is shaped like a subject id, valid or not: 15–20 letters and digits
 * after normalisation, at least 6 of them digits. Names never are; mistyped codes are.
 */
export function looksLikeId(cell: string): boolean {
  const value = normalizeSubjectId(cell);
  if (value.length < 15 || value.length > 20 || !/^[0-9A-Z]+$/.test(value)) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) <= 57) digits++;
  return digits >= 6;
}

/** Whether a cell holds text a name would: a letter or a CJK character, not just digits. */
function looksLikeName(cell: string): boolean {
  return /[\p{L}]/u.test(cell) && !looksLikeId(cell);
}

function cell(row: readonly string[], column: number | null): string {
  if (column === null) return '';
  const value = row[column];
  return typeof value === 'string' ? value.trim() : '';
}

/** Rows looked at to find the columns. */
const SAMPLE_ROWS = 300;

/** Picks the columns and the header from rows of cells (see the module comment). Pure. */
export function parseBidderRows(input: readonly (readonly string[])[], delimiter = ''): ParsedBidders {
  const rows = input.filter((row) => row.some((c) => typeof c === 'string' && c.trim() !== ''));
  if (rows.length === 0) return { entries: [], header: false, columns: { name: null, code: 0 }, delimiter };

  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  const first = rows[0];
  const kinds = first.map((c) => headerKind(c ?? ''));
  const header = kinds.some((k) => k !== null) && !first.some((c) => looksLikeId(c ?? ''));
  const data = header ? rows.slice(1) : rows;

  const idScore = new Array<number>(width).fill(0);
  const textScore = new Array<number>(width).fill(0);
  // A sample is enough to tell the columns apart, and keeps a long list quick.
  for (const row of data.length > SAMPLE_ROWS ? data.slice(0, SAMPLE_ROWS) : data) {
    for (let c = 0; c < width; c++) {
      const value = cell(row, c);
      if (!value) continue;
      if (looksLikeId(value)) idScore[c]++;
      else if (looksLikeName(value)) textScore[c]++;
    }
  }

  const headerCode = header ? kinds.indexOf('code') : -1;
  const headerSerial = header ? kinds.indexOf('serial') : -1;
  const headerName = header ? kinds.indexOf('name') : -1;
  const authorization = header && kinds.indexOf('authorization') >= 0 ? kinds.indexOf('authorization') : null;
  const legalRep = header && kinds.indexOf('legal-rep') >= 0 ? kinds.indexOf('legal-rep') : null;
  const best = (scores: number[], except: number | null) => {
    let at = -1;
    for (let c = 0; c < width; c++) if (c !== except && c !== authorization && c !== legalRep && (at < 0 || scores[c] > scores[at])) at = c;
    return at;
  };

  // The code column: the header's when its cells are ids (or no column's are), else the most id-like
  // (never the authorisation column: a consent's reference may look like a code).
  let code = best(idScore, null);
  if (headerCode >= 0 && (idScore[headerCode] > 0 || idScore[code] === 0)) code = headerCode;
  if (code < 0) code = 0;

  let name: number | null = null;
  if (headerName >= 0 && headerName !== code) name = headerName;
  else if (width > 1) {
    const candidate = best(textScore, code);
    if (candidate >= 0 && (textScore[candidate] > 0 || width === 2)) name = candidate;
  }

  // The officer's row numbers: the 序号 column, or (no header) a first column of small whole numbers.
  let serial: number | null = headerSerial >= 0 && headerSerial !== code && headerSerial !== name ? headerSerial : null;
  if (serial === null && !header && width > 2 && code !== 0 && name !== 0) {
    const sample = data.length > SAMPLE_ROWS ? data.slice(0, SAMPLE_ROWS) : data;
    if (sample.every((row) => /^\d{1,6}$/.test(cell(row, 0)))) serial = 0;
  }
  const entries: BidderEntry[] = [];
  for (const row of data) {
    const entry: BidderEntry = { name: cell(row, name), code: cell(row, code) };
    const n = cell(row, serial);
    if (n) entry.serial = n;
    const a = cell(row, authorization);
    if (a) entry.authorization = a;
    entries.push(entry);
    // Rules §16: the company's legal representative, screened as a person right after it.
    const rep = cell(row, legalRep);
    if (rep) {
      const person: BidderEntry = { name: entry.name ? `${entry.name}（法定代表人）` : '法定代表人', code: rep, legalRepresentativeOf: entry.code };
      if (n) person.serial = n;
      if (a) person.authorization = a;
      entries.push(person);
    }
  }
  const columns: ParsedBidders['columns'] = serial === null ? { name, code } : { name, code, serial };
  if (authorization !== null) columns.authorization = authorization;
  if (legalRep !== null) columns.legalRepresentative = legalRep;
  return { entries, header, columns, delimiter };
}

/** A person check's authorisation (domain rules §1). */
export interface RowAuthorization {
  basis: 'statutory-duty' | 'subject-consent';
  reference?: string;
}

/**
 * An authorisation cell → the authorisation: `statutory-duty:《…》第…条` or
 * `subject-consent:授权书 2026-07` (basis, a colon, the reference; also 法定职责 / 本人授权 as
 * the basis), or a bare reference, which is the person's written consent (授权书编号).
 * Empty → undefined.
 */
export function parseAuthorizationCell(text: string | undefined): RowAuthorization | undefined {
  const value = (text ?? '').trim();
  if (!value) return undefined;
  const match = /^(statutory-duty|subject-consent|法定职责|法定職責|本人授权|本人授權|书面授权|書面授權)\s*(?:[:：]\s*([\s\S]*))?$/i.exec(value);
  if (!match) return { basis: 'subject-consent', reference: value };
  const word = match[1].toLowerCase();
  const basis = word === 'statutory-duty' || word.startsWith('法定') ? 'statutory-duty' : 'subject-consent';
  const reference = (match[2] ?? '').trim();
  return reference ? { basis, reference } : { basis };
}
