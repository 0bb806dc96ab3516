/**
 * The words of `<credit-bidder-screen>` that are its own (outcome words, reasons, list
 * types and field labels are shared: `widgets/locales/`). Whole sentences per locale.
 */
import type { MessageTable } from '../internal/locale.js';
import type { TextEncodingName } from './decode-file.js';

export interface BidderScreenMessages {
  /** Heading of the element. */
  title: string;
  pasteLabel: string;
  pasteHint: string;
  loadPasted: string;
  fileLabel: string;
  fileHint: string;
  readingFile: string;
  /** After reading: how many rows, and what is wrong with them. */
  loaded: (total: number, sendable: number, invalid: number, duplicate: number) => string;
  headerSkipped: string;
  /** After reading a file: its name. */
  fileRead: (name: string) => string;
  /** After reading a file: the encoding it was read in. */
  encoding: (name: string) => string;
  encodingName: Record<TextEncodingName, string>;
  nothingRead: string;
  fileUnreadable: string;
  fileTooLarge: (megabytes: number) => string;
  parserUnavailable: string;

  screen: string;
  screenAgain: string;
  cancel: string;
  retryFailed: (n: number) => string;
  exportCsv: string;
  print: string;
  actions: string;

  progressLabel: string;
  progressText: (done: number, total: number | null, percent: number | null) => string;
  screening: (n: number) => string;
  complete: (done: number, restricted: number, unknown: number, review: number) => string;
  cancelled: (done: number, left: number) => string;
  failedRows: (n: number) => string;
  nothingToSend: string;
  noEndpoint: string;
  personsNeedPurpose: (n: number) => string;
  /** Person rows without a complete authorisation (domain rules §1): they would be refused. */
  personsNeedAuthorization: (n: number) => string;
  /** A person row refused for want of any authorisation: what to give. */
  authorizationMissing: string;
  /** A person row refused because the consent has no reference: what to give. */
  authorizationReferenceMissing: string;
  printFailed: string;

  summaryLabel: string;
  total: string;
  invalid: string;
  duplicate: string;
  warned: string;
  pending: string;

  filterLegend: string;
  filter: { all: string; restricted: string; review: string; unknown: string; problems: string };
  filterOption: (label: string, n: number) => string;

  tableLabel: string;
  column: { index: string; name: string; code: string; outcome: string; notes: string; details: string };
  /** The row status words shown in the outcome column before (or instead of) a result. */
  status: { pending: string; screening: string; invalid: string; duplicate: string };
  duplicateOf: (index: number) => string;
  emptyName: string;
  platformName: (name: string) => string;
  noMeasures: string;
  suspendedMeasure: (name: string) => string;
  listSeparator: string;
  /** The expand button's accessible name (it starts with the visible word). */
  detailsFor: (subject: string) => string;
  showDetails: string;
  hideDetails: string;
  noRows: string;
  noMatch: string;

  /** Excel showed a code in scientific notation. */
  excelScientific: (shown: string) => string;
  /** An 18-digit code whose last digits Excel turned into 000. */
  excelTruncated: string;
  /** The registered name differs from the name entered (需核对). */
  nameMismatch: (registered: string) => string;
  /** After a run: how many rows need verification for their name. */
  nameMismatchCount: (n: number) => string;
  /** The result word of a row that needs verification for its name. */
  needsVerification: string;
  /** An .xlsx file that cannot be read; the list stays as it was. */
  xlsxUnreadable: string;
  /** The paste box held a person's ID number: emptied after reading. */
  pasteCleared: string;
  /** Reading a 2-row header: the list's own row numbers are kept. */
  serialKept: string;
  /** One sentence for a loaded list with damaged numbers. */
  excelDamaged: (n: number) => string;

  csv: { index: string; name: string; code: string; outcome: string; measures: string; reasons: string; queryId: string; asOf: string };
  /** One record behind a measure, in the CSV's reasons column. */
  recordReason: (listType: string, title: string, authority: string) => string;
  fileName: (date: string) => string;
}

export const BIDDER_SCREEN_MESSAGES: MessageTable<BidderScreenMessages> = {
  'zh-CN': {
    title: '投标人信用批量核查',
    pasteLabel: '粘贴投标人名单',
    pasteHint: '从 Excel 复制“名称”和“统一社会信用代码”两列（可带标题行）粘贴到这里，粘贴后自动读取；也可用逗号或分号分隔，每行一家。',
    loadPasted: '读取名单',
    fileLabel: '导入 Excel 或 CSV 文件',
    fileHint: '支持 .xlsx（读取第一个工作表）和 Excel 保存的 CSV（GBK、UTF-8 或 UTF-16 编码均可）。',
    readingFile: '正在读取文件…',
    loaded: (total, sendable, invalid, duplicate) =>
      `已读取 ${total} 行：可核查 ${sendable} 行，代码有误 ${invalid} 行，重复 ${duplicate} 行。`,
    headerSkipped: '已识别并跳过标题行。',
    fileRead: (name) => `文件：${name}。`,
    encoding: (name) => `文件按 ${name} 编码读取。`,
    encodingName: { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16（大端）', gb18030: 'GBK' },
    nothingRead: '没有读取到任何行：请粘贴名称和代码两列，或选择 CSV 文件。',
    fileUnreadable: '无法读取该文件，请确认它是 CSV 或文本文件。',
    fileTooLarge: (mb) => `文件过大（超过 ${mb} MB），不像是投标人名单，请检查。`,
    parserUnavailable: '名单读取组件未能加载，请刷新页面后重试。',

    screen: '开始核查',
    screenAgain: '重新核查全部',
    cancel: '取消核查',
    retryFailed: (n) => `重试失败的 ${n} 行`,
    exportCsv: '导出 CSV',
    print: '打印查询记录单',
    actions: '核查操作',

    progressLabel: '核查进度',
    progressText: (d, t, p) => (t === null ? `已核查 ${d} 行` : `已核查 ${d} / ${t} 行（${p ?? 0}%）`),
    screening: (n) => `正在核查 ${n} 行，结果将逐批显示。`,
    complete: (done, restricted, unknown, review) =>
      `核查完成：已核查 ${done} 行，其中限制 ${restricted} 行，未核查 ${unknown} 行，需审核 ${review} 行。`,
    cancelled: (done, left) => `已取消核查：已完成 ${done} 行，${left} 行未核查。`,
    failedRows: (n) => `${n} 行因信用平台故障未能核查，可重试这些行。`,
    nothingToSend: '没有可核查的行：请先修正代码有误的行。',
    noEndpoint: '未配置信用平台接口地址，无法核查。',
    personsNeedPurpose: (n) => `名单中有 ${n} 个自然人身份证号：核查自然人须填写查询用途（purpose），否则这些行不会发送。`,
    personsNeedAuthorization: (n) =>
      `名单中有 ${n} 个自然人没有查询授权：请在名单的“授权书编号”列填写本人书面授权的编号，或为本次核查设置查询授权（authorization / authorization-ref），否则这些行不会发送。`,
    authorizationMissing: '缺少查询授权：请填写本人书面授权的授权书编号（名单的“授权书编号”列），或设置本部门的法定职责（authorization="statutory-duty"）。',
    authorizationReferenceMissing: '本人授权缺少授权书编号：请在“授权书编号”列或 authorization-ref 中填写。',
    printFailed: '无法生成打印的查询记录单，请重试。',

    summaryLabel: '核查汇总',
    total: '共计',
    invalid: '代码有误',
    duplicate: '重复',
    warned: '有警告',
    pending: '待核查',

    filterLegend: '显示',
    filter: { all: '全部', restricted: '限制', review: '需审核', unknown: '未核查', problems: '输入有问题' },
    filterOption: (label, n) => `${label}（${n}）`,

    tableLabel: '投标人核查结果',
    column: { index: '序号', name: '名称', code: '代码', outcome: '核查结果', notes: '说明', details: '详情' },
    status: { pending: '待核查', screening: '核查中', invalid: '代码有误', duplicate: '重复' },
    duplicateOf: (i) => `与第 ${i} 行代码重复，不再重复核查。`,
    emptyName: '名称为空，请核对。',
    platformName: (name) => `平台登记名称：${name}`,
    noMeasures: '无适用措施',
    suspendedMeasure: (name) => `${name}（暂停执行）`,
    listSeparator: '；',
    detailsFor: (subject) => `详情：${subject}`,
    showDetails: '详情',
    hideDetails: '收起',
    noRows: '尚未读取名单。',
    noMatch: '没有符合筛选条件的行。',

    excelScientific: (shown) => `Excel 已把代码显示为科学计数法（${shown}），后几位已丢失：请在 Excel 中把该列设为“文本”格式后重新输入代码。`,
    excelTruncated: 'Excel 把这个 18 位代码当作数字，只保留了前 15 位，末三位变成了 000：请把该列设为“文本”格式后重新输入代码。',
    nameMismatch: (registered) => `名称与代码不符：平台登记名称为“${registered}”，需核对。`,
    needsVerification: '需核对',
    nameMismatchCount: (n) => `${n} 行名称与代码登记名称不符，需核对，未计入无记录。`,
    xlsxUnreadable: '无法读取该 Excel 文件（可能已加密、损坏或不是 .xlsx），名单未改变：请在 Excel 中另存为 CSV 后导入。',
    pasteCleared: '粘贴框中含自然人身份证号，读取后已清空。',
    serialKept: '已保留名单中的序号。',
    excelDamaged: (n) => `${n} 行代码被 Excel 按数字改坏，请见各行说明。`,
    csv: { index: '序号', name: '名称', code: '代码', outcome: '核查结果', measures: '适用措施', reasons: '原因', queryId: '查询编号', asOf: '数据时间' },
    recordReason: (listType, title, authority) => `${listType}：${title}（${authority}）`,
    fileName: (date) => `投标人信用核查结果-${date}.csv`,
  },
  'zh-Hant': {
    title: '投標人信用批次核查',
    pasteLabel: '貼上投標人名單',
    pasteHint: '從 Excel 複製「名稱」和「統一社會信用代碼」兩欄（可帶標題列）貼到這裡，貼上後自動讀取；也可用逗號或分號分隔，每列一家。',
    loadPasted: '讀取名單',
    fileLabel: '匯入 Excel 或 CSV 檔案',
    fileHint: '支援 .xlsx（讀取第一個工作表）和 Excel 儲存的 CSV（GBK、UTF-8 或 UTF-16 編碼均可）。',
    readingFile: '正在讀取檔案…',
    loaded: (total, sendable, invalid, duplicate) =>
      `已讀取 ${total} 列：可核查 ${sendable} 列，代碼有誤 ${invalid} 列，重複 ${duplicate} 列。`,
    headerSkipped: '已識別並略過標題列。',
    fileRead: (name) => `檔案：${name}。`,
    encoding: (name) => `檔案按 ${name} 編碼讀取。`,
    encodingName: { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16（大端）', gb18030: 'GBK' },
    nothingRead: '沒有讀取到任何列：請貼上名稱和代碼兩欄，或選擇 CSV 檔案。',
    fileUnreadable: '無法讀取該檔案，請確認它是 CSV 或文字檔。',
    fileTooLarge: (mb) => `檔案過大（超過 ${mb} MB），不像是投標人名單，請檢查。`,
    parserUnavailable: '名單讀取元件未能載入，請重新整理頁面後重試。',

    screen: '開始核查',
    screenAgain: '重新核查全部',
    cancel: '取消核查',
    retryFailed: (n) => `重試失敗的 ${n} 列`,
    exportCsv: '匯出 CSV',
    print: '列印查詢紀錄單',
    actions: '核查操作',

    progressLabel: '核查進度',
    progressText: (d, t, p) => (t === null ? `已核查 ${d} 列` : `已核查 ${d} / ${t} 列（${p ?? 0}%）`),
    screening: (n) => `正在核查 ${n} 列，結果將逐批顯示。`,
    complete: (done, restricted, unknown, review) =>
      `核查完成：已核查 ${done} 列，其中限制 ${restricted} 列，未核查 ${unknown} 列，需審核 ${review} 列。`,
    cancelled: (done, left) => `已取消核查：已完成 ${done} 列，${left} 列未核查。`,
    failedRows: (n) => `${n} 列因信用平台故障未能核查，可重試這些列。`,
    nothingToSend: '沒有可核查的列：請先修正代碼有誤的列。',
    noEndpoint: '未設定信用平台介面位址，無法核查。',
    personsNeedPurpose: (n) => `名單中有 ${n} 個自然人身分證號：核查自然人須填寫查詢用途（purpose），否則這些列不會送出。`,
    personsNeedAuthorization: (n) =>
      `名單中有 ${n} 個自然人沒有查詢授權：請在名單的「授權書編號」欄填寫本人書面授權的編號，或為本次核查設定查詢授權（authorization / authorization-ref），否則這些列不會送出。`,
    authorizationMissing: '缺少查詢授權：請填寫本人書面授權的授權書編號（名單的「授權書編號」欄），或設定本部門的法定職責（authorization="statutory-duty"）。',
    authorizationReferenceMissing: '本人授權缺少授權書編號：請在「授權書編號」欄或 authorization-ref 中填寫。',
    printFailed: '無法產生列印的查詢紀錄單，請重試。',

    summaryLabel: '核查彙總',
    total: '共計',
    invalid: '代碼有誤',
    duplicate: '重複',
    warned: '有警告',
    pending: '待核查',

    filterLegend: '顯示',
    filter: { all: '全部', restricted: '限制', review: '需審核', unknown: '未核查', problems: '輸入有問題' },
    filterOption: (label, n) => `${label}（${n}）`,

    tableLabel: '投標人核查結果',
    column: { index: '序號', name: '名稱', code: '代碼', outcome: '核查結果', notes: '說明', details: '詳情' },
    status: { pending: '待核查', screening: '核查中', invalid: '代碼有誤', duplicate: '重複' },
    duplicateOf: (i) => `與第 ${i} 列代碼重複，不再重複核查。`,
    emptyName: '名稱為空，請核對。',
    platformName: (name) => `平台登記名稱：${name}`,
    noMeasures: '無適用措施',
    suspendedMeasure: (name) => `${name}（暫停執行）`,
    listSeparator: '；',
    detailsFor: (subject) => `詳情：${subject}`,
    showDetails: '詳情',
    hideDetails: '收合',
    noRows: '尚未讀取名單。',
    noMatch: '沒有符合篩選條件的列。',

    excelScientific: (shown) => `Excel 已把代碼顯示為科學記號（${shown}），後幾位已遺失：請在 Excel 中把該欄設為「文字」格式後重新輸入代碼。`,
    excelTruncated: 'Excel 把這個 18 位代碼當作數字，只保留了前 15 位，末三位變成了 000：請把該欄設為「文字」格式後重新輸入代碼。',
    nameMismatch: (registered) => `名稱與代碼不符：平台登記名稱為「${registered}」，需核對。`,
    needsVerification: '需核對',
    nameMismatchCount: (n) => `${n} 列名稱與代碼登記名稱不符，需核對，未計入無記錄。`,
    xlsxUnreadable: '無法讀取該 Excel 檔案（可能已加密、損毀或不是 .xlsx），名單未改變：請在 Excel 中另存為 CSV 後匯入。',
    pasteCleared: '貼上框中含自然人身分證號，讀取後已清空。',
    serialKept: '已保留名單中的序號。',
    excelDamaged: (n) => `${n} 列代碼被 Excel 按數字改壞，請見各列說明。`,
    csv: { index: '序號', name: '名稱', code: '代碼', outcome: '核查結果', measures: '適用措施', reasons: '原因', queryId: '查詢編號', asOf: '資料時間' },
    recordReason: (listType, title, authority) => `${listType}：${title}（${authority}）`,
    fileName: (date) => `投標人信用核查結果-${date}.csv`,
  },
  en: {
    title: 'Bidder credit screening',
    pasteLabel: 'Paste the bidder list',
    pasteHint:
      'Copy the name and unified social credit code columns from Excel (a header row is fine) and paste them here; the list is read as soon as you paste. Commas or semicolons also work, one bidder per line.',
    loadPasted: 'Read list',
    fileLabel: 'Import an Excel or CSV file',
    fileHint: '.xlsx files (the first sheet) and CSV files saved by Excel in any of GBK, UTF-8 or UTF-16.',
    readingFile: 'Reading the file…',
    loaded: (total, sendable, invalid, duplicate) =>
      `Read ${total} ${total === 1 ? 'row' : 'rows'}: ${sendable} can be checked, ${invalid} with an invalid code, ${duplicate} repeated.`,
    headerSkipped: 'The header row was recognised and skipped.',
    fileRead: (name) => `File: ${name}.`,
    encoding: (name) => `The file was read as ${name}.`,
    encodingName: { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16 (big-endian)', gb18030: 'GBK' },
    nothingRead: 'No rows were read: paste the name and code columns, or choose a CSV file.',
    fileUnreadable: 'The file cannot be read: make sure it is a CSV or text file.',
    fileTooLarge: (mb) => `The file is larger than ${mb} MB, which is not what a bidder list looks like: please check it.`,
    parserUnavailable: 'The list reader could not be loaded: reload the page and try again.',

    screen: 'Start screening',
    screenAgain: 'Screen all again',
    cancel: 'Cancel screening',
    retryFailed: (n) => `Retry the ${n} failed ${n === 1 ? 'row' : 'rows'}`,
    exportCsv: 'Export CSV',
    print: 'Print check record',
    actions: 'Screening actions',

    progressLabel: 'Screening progress',
    progressText: (d, t, p) => (t === null ? `${d} checked` : `${d} of ${t} checked (${p ?? 0}%)`),
    screening: (n) => `Screening ${n} ${n === 1 ? 'row' : 'rows'}; results appear batch by batch.`,
    complete: (done, restricted, unknown, review) =>
      `Screening finished: ${done} ${done === 1 ? 'row' : 'rows'} checked, of which ${restricted} restricted, ${unknown} unchecked and ${review} to review.`,
    cancelled: (done, left) => `Screening cancelled: ${done} done, ${left} not checked.`,
    failedRows: (n) => `${n} ${n === 1 ? 'row was' : 'rows were'} not checked because the credit platform failed; you can retry ${n === 1 ? 'it' : 'them'}.`,
    nothingToSend: 'There is nothing to check: correct the rows with invalid codes first.',
    noEndpoint: 'No credit platform endpoint is configured, so nothing can be checked.',
    personsNeedPurpose: (n) =>
      `The list holds ${n} natural ${n === 1 ? "person's ID number" : "persons' ID numbers"}: checking a person needs a stated purpose (purpose), otherwise those rows are not sent.`,
    personsNeedAuthorization: (n) =>
      `${n} ${n === 1 ? 'person in the list has' : 'persons in the list have'} no authorisation for the check: give the reference of the person's written consent in the list's authorisation column (授权书编号), or set the check's authorisation (authorization / authorization-ref); otherwise those rows are not sent.`,
    authorizationMissing:
      'No authorisation: give the reference of the written consent (the list\'s 授权书编号 column) or the department\'s statutory duty (authorization="statutory-duty").',
    authorizationReferenceMissing: "The person's consent has no reference: give its 授权书编号 in the list's column or in authorization-ref.",
    printFailed: 'The check record could not be prepared for printing: please try again.',

    summaryLabel: 'Summary',
    total: 'Total',
    invalid: 'Invalid code',
    duplicate: 'Repeated',
    warned: 'With a warning',
    pending: 'Not checked yet',

    filterLegend: 'Show',
    filter: { all: 'All', restricted: 'Restricted', review: 'Review', unknown: 'Unchecked', problems: 'Input problems' },
    filterOption: (label, n) => `${label} (${n})`,

    tableLabel: 'Bidder screening results',
    column: { index: 'No.', name: 'Name', code: 'Code', outcome: 'Result', notes: 'Notes', details: 'Details' },
    status: { pending: 'Not checked yet', screening: 'Checking', invalid: 'Invalid code', duplicate: 'Repeated' },
    duplicateOf: (i) => `Same code as row ${i}; not checked twice.`,
    emptyName: 'The name is empty: please verify.',
    platformName: (name) => `Registered name: ${name}`,
    noMeasures: 'No measure applies',
    suspendedMeasure: (name) => `${name} (suspended)`,
    listSeparator: '; ',
    detailsFor: (subject) => `Details: ${subject}`,
    showDetails: 'Details',
    hideDetails: 'Hide',
    noRows: 'No list has been read yet.',
    noMatch: 'No rows match this filter.',

    excelScientific: (shown) => `Excel showed this code as a number in scientific notation (${shown}) and lost its last digits: format the column as Text in Excel and type the code again.`,
    excelTruncated: 'Excel took this 18-digit code for a number and kept only 15 digits, so the last three became 000: format the column as Text in Excel and type the code again.',
    nameMismatch: (registered) => `The name does not match the code: the registered name is “${registered}”. Verify.`,
    needsVerification: 'To verify',
    nameMismatchCount: (n) => `${n} ${n === 1 ? "row's name does" : "rows' names do"} not match the registered name of the code: to verify, not counted as clear.`,
    xlsxUnreadable: 'This Excel file cannot be read (encrypted, damaged, or not .xlsx); the list is unchanged: save it as CSV in Excel and import that.',
    pasteCleared: "The paste box held a person's ID number and was emptied after reading.",
    serialKept: "The list's own row numbers were kept.",
    excelDamaged: (n) => `${n} ${n === 1 ? 'code was' : 'codes were'} damaged by Excel as a number: see the notes of ${n === 1 ? 'that row' : 'those rows'}.`,
    csv: { index: 'No.', name: 'Name', code: 'Code', outcome: 'Result', measures: 'Measures', reasons: 'Reasons', queryId: 'Query ID', asOf: 'Data time' },
    recordReason: (listType, title, authority) => `${listType}: ${title} (${authority})`,
    fileName: (date) => `bidder-credit-screening-${date}.csv`,
  },
};
