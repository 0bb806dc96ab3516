/**
 * Reading the first sheet of an `.xlsx` file (what tender systems export) into rows of
 * cells. DOM-free, so it runs in Node (tests, bench) as in every supported browser.
 *
 * An .xlsx is a zip of XML parts (ECMA-376): `xl/workbook.xml` names the sheets in order,
 * `xl/_rels/workbook.xml.rels` says which part each is, `xl/sharedStrings.xml` holds the
 * texts that cells of type `s` point at, and a cell holds either that index, an inline
 * string (`t="inlineStr"`), a formula's text (`t="str"`) or a number (`<v>` as written —
 * a long code typed as a number arrives as Excel kept it, e.g. `9.11101196503121E+17`, and
 * the row checks say so). Unzipping is fflate's (5.5 kB, loaded with `import()` only when
 * such a file is chosen, so the browser build puts it in a chunk of its own); the XML of
 * these few parts is regular enough to read with a small tokenizer.
 */

/** A file that is not a readable .xlsx (not a zip, encrypted, no sheet). */
export class XlsxUnreadableError extends Error {
  override name = 'XlsxUnreadableError';
}

/** Whether the bytes start like a zip archive (`PK\x03\x04`): an .xlsx, whatever its name says. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
  );
}

/** The text of every `<t>` inside `xml` (a shared string or an inline string: runs joined). */
function textOf(xml: string): string {
  let out = '';
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out += m[1];
  return unescapeXml(out);
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

/** `B12` → 1 (0-based column). */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** The shared strings, in order. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(m[1] === undefined ? '' : textOf(m[1]));
  return out;
}

/** The rows of one worksheet's XML; empty rows are left out. */
export function readSheetRows(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  const rowRe = /<row(?:\s[^>]*)?>([\s\S]*?)<\/row>/g;
  const cellRe = /<c(\s[^>]*)?(?:\/>|>([\s\S]*?)<\/c>)/g;
  let r: RegExpExecArray | null;
  while ((r = rowRe.exec(xml))) {
    const row: string[] = [];
    let next = 0;
    let c: RegExpExecArray | null;
    cellRe.lastIndex = 0;
    const body = r[1];
    while ((c = cellRe.exec(body))) {
      const tag = c[1] ?? '';
      const inner = c[2] ?? '';
      const ref = attr(tag, 'r');
      const col = ref ? columnOf(ref) : next;
      next = col + 1;
      const type = attr(tag, 't');
      let value = '';
      if (type === 'inlineStr') value = textOf(inner);
      else {
        const v = /<v>([\s\S]*?)<\/v>/.exec(inner);
        const raw = v ? unescapeXml(v[1]) : '';
        if (type === 's') value = shared[Number(raw)] ?? '';
        else if (type === 'b') value = raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
        else value = raw;
      }
      while (row.length < col) row.push('');
      row[col] = value;
    }
    if (row.some((v) => v.trim() !== '')) rows.push(row);
  }
  return rows;
}

/** The path of the first sheet, from the workbook and its relationships. */
function firstSheetPath(workbook: string, rels: string): string {
  const sheet = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbook);
  const id = sheet ? attr(sheet[0], 'r:id') : null;
  if (id) {
    const relRe = /<Relationship\s[^>]*>/g;
    let m: RegExpExecArray | null;
    while ((m = relRe.exec(rels))) {
      if (attr(m[0], 'Id') !== id) continue;
      const target = attr(m[0], 'Target') ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

type Unzip = typeof import('fflate');
let fflate: Promise<Unzip> | undefined;

/** fflate, loaded once, on first use. */
function loadUnzip(): Promise<Unzip> {
  fflate ??= import('fflate').catch((error: unknown) => {
    fflate = undefined;
    throw error;
  });
  return fflate;
}

/** The first sheet of an .xlsx as rows of cells. Rejects with XlsxUnreadableError (or a load error of fflate). */
export async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const { unzipSync, strFromU8 } = await loadUnzip();
  let files: Record<string, Uint8Array>;
  try {
    // Only the parts needed: a workbook may hold images and other sheets.
    files = unzipSync(bytes, {
      filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name === 'xl/sharedStrings.xml' || f.name.startsWith('xl/worksheets/sheet'),
    });
  } catch (error) {
    throw new XlsxUnreadableError(`not a readable zip: ${error instanceof Error ? error.message : String(error)}`);
  }
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : '');
  const workbook = text('xl/workbook.xml');
  if (!workbook) throw new XlsxUnreadableError('no xl/workbook.xml: not an .xlsx workbook (an encrypted file, or .xls / .et saved with another name)');
  const path = firstSheetPath(workbook, text('xl/_rels/workbook.xml.rels'));
  const sheet = text(path);
  if (!sheet) throw new XlsxUnreadableError(`the first sheet (${path}) is missing`);
  return readSheetRows(sheet, readSharedStrings(text('xl/sharedStrings.xml')));
}
