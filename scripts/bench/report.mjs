// The bench's output: one table (figure | median | spread | budget | ok), then what explains
// the figures — the files a script-tag page fetched, the biggest inputs of a size over
// budget, the old kernel's timeline, request counts, outcomes seen, heap and DOM counters —
// and any figure that could not be measured.

const int = (v) => Math.round(v).toLocaleString('en');
const UNITS = {
  bytes: (v) => `${int(v)} B`,
  ms: (v) => `${v.toLocaleString('en', { maximumFractionDigits: 1 })} ms`,
  count: (v) => int(v),
  ratio: (v) => `${v.toFixed(1)}×`,
  rate: (v) => `${int(v)}/s`,
};

/** Every figure of the table: section, key path, unit, and the budget key when it has one. */
const FIGURES = [
  ['sizes', 'first_flag_gzip', 'bytes'],
  ['sizes', 'everything_gzip', 'bytes'],
  ['sizes', 'duplicated_bytes', 'bytes'],
  ['sizes', 'client_gzip', 'bytes'],
  ['old_kernel', 'flags500_ms_chromium69', 'ms'],
  ['old_kernel', 'flags500_ms_current', 'ms'],
  ['old_kernel', 'flags500_settled_chromium69', 'count'],
  ['old_kernel', 'flags500_settled_current', 'count'],
  ['batching', 'ours_ms', 'ms'],
  ['batching', 'naive_ms', 'ms'],
  ['batching', 'ours_requests', 'count'],
  ['batching', 'naive_requests', 'count'],
  ['batching', 'ratio', 'ratio'],
  ['engine', 'decisions_per_s', 'rate'],
  ['engine', 'by_records.1', 'rate'],
  ['engine', 'by_records.10', 'rate'],
  ['engine', 'by_records.100', 'rate'],
  ['screen', 'ms', 'ms'],
  ['screen', 'longest_task_ms', 'ms'],
  ['memory', 'heap_delta_bytes', 'bytes'],
  ['statistics', 'department_ms', 'ms'],
  ['statistics', 'scenario_ms', 'ms'],
  ['statistics', 'measure_ms', 'ms'],
  ['statistics', 'month_ms', 'ms'],
  ['statistics', 'seed_ms', 'ms'],
  ['statistics', 'render_12months_ms', 'ms'],
  ['statistics', 'render_12months_total_ms', 'ms'],
  ['statistics', 'render_bars', 'count'],
  ['statistics', 'render_scenarios', 'count'],
  ['tender', 'xlsx2000_read_ms', 'ms'],
  ['tender', 'record200_render_ms', 'ms'],
  ['tender', 'record200_pages', 'count'],
];

const at = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj);

function budgetText(budget, unit) {
  if (!budget) return '';
  return 'max' in budget ? `≤ ${UNITS[unit](budget.max)}` : `≥ ${UNITS[unit](budget.min)}`;
}

function table(rows) {
  const head = ['figure', 'median', 'spread', 'budget', 'ok'];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const line = (r) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function printReport(results, diagnostics, meta) {
  const rows = [];
  for (const [section, key, unit] of FIGURES) {
    const r = results[section];
    if (!r) continue;
    const name = `${section}.${key}`;
    if (r.error) {
      if (!rows.some((row) => row[0].startsWith(`${section}.`))) rows.push([`${section}.*`, 'not measured', '', '', 'FAIL']);
      continue;
    }
    const value = at(r, key);
    if (value === undefined) continue;
    const spread = at(r.spread, key);
    const budget = r.budgets?.[key];
    rows.push([
      name,
      value === null ? 'did not settle' : UNITS[unit](value),
      typeof spread === 'number' ? `±${UNITS[unit](spread / 2)}` : '',
      budgetText(budget, unit),
      budget ? (r.pass[key] ? 'ok' : 'FAIL') : '',
    ]);
  }
  console.log(`\n${table(rows)}`);
  console.log(
    '\nmedian of several runs; spread = ±half the range (max − min) of the runs. Sizes: minified, gzip -9. ' +
      'Browser figures: headless Chromium, the simulated platform in the page with a 50 ms round trip; ' +
      'sizes.first_flag_gzip and old_kernel.*: the script-tag page, the platform over HTTP (50 ms and 100 ms).',
  );
  if (meta.load_average > meta.cpus) {
    console.log(
      `\nNote: the machine was busy (load average ${meta.load_average} on ${meta.cpus} CPUs): browser timings are longer than on an idle machine.`,
    );
  }

  const s = diagnostics.sizes;
  if (s) {
    const f = s.firstFlag;
    console.log(
      `\nsizes.first_flag_gzip: the JS files a page with the loader tag and one <credit-flag> had fetched when the flag showed its outcome ` +
        `(${int(f.ms)} ms after navigation start, ${s.chromium}${f.sameFilesEveryRun ? ', the same files every run' : ', the files differed between runs: the median run'}):`,
    );
    console.log(f.files.map((x) => `  ${x.file.padEnd(46)} ${int(x.gzip).padStart(7)} B gz  ${x.inputs.join(', ')}`).join('\n'));
    if (f.after.length) console.log(`  fetched after the flag showed: ${f.after.join(', ')}`);
    console.log(
      `sizes.everything_gzip: ${s.everythingFiles} files (the loader and every file of credit-widgets/). ` +
        `The loader, the entry and its static imports alone (what any script-tag page fetches first): ${s.atStart.files.length} files, ${int(s.atStart.gzip)} B gz.`,
    );
    if (s.duplicated.length) console.log(`sizes.duplicated_bytes: ${s.duplicated.map((d) => `${d.input} in ${d.outputs.join(', ')}`).join('; ')}`);
    if (s.clientLazy.length) console.log(`sizes.client_gzip leaves out what it loads only by import(): ${s.clientLazy.map((c) => `${c.inputs.join(' + ') || c.file} (${int(c.gzip)} B gz)`).join(', ')}.`);
    for (const figure of ['first_flag_gzip', 'everything_gzip', 'client_gzip']) {
      if (results.sizes.pass?.[figure]) continue;
      const b = s.breakdown(figure);
      console.log(`\nsizes.${figure} is over budget. Its parts: bytes in those files, and the gzip bytes they would lose without them`);
      console.log(b.groups.map((g) => `  ${g.name.padEnd(40)} ${int(g.bytes).padStart(9)} B  −${int(g.gzip_saved).padStart(6)} B gz`).join('\n'));
      console.log('  biggest files of the project:');
      console.log(b.files.map((g) => `    ${g.name.padEnd(56)} ${int(g.bytes).padStart(9)} B  −${int(g.gzip_saved).padStart(6)} B gz`).join('\n'));
      if (figure === 'everything_gzip') {
        console.log('  biggest files of the build:');
        console.log(s.everythingList().slice(0, 10).map((x) => `    ${x.file.padEnd(46)} ${int(x.gzip).padStart(7)} B gz  ${x.inputs.join(', ')}`).join('\n'));
      }
    }
  }
  const o = diagnostics.old_kernel;
  if (o) {
    const line = (name, k) =>
      `  ${name} (${k.userAgent}): ${k.settled} of 500 settled; <credit-flag> defined at ${int(k.definedMs)} ms, first outcome at ${int(k.firstMs)} ms` +
      `${k.ms ? `, all at ${int(k.ms.median)} ms` : ''}; ${Object.entries(k.outcomes).map(([a, n]) => `${a} ${n}`).join(', ')}` +
      `${k.sameOutcomesEveryRun ? '' : ' (the outcomes differed between runs)'}${k.errors.length ? `; page errors: ${k.errors.join(' | ')}` : ''}`;
    console.log('\nold_kernel: 500 flags in a script-tag page\'s markup, the platform 100 ms away over HTTP; ms from navigation start (median of the runs):');
    console.log(line('Chromium 69', o['69']));
    console.log(line('current Chromium', o.current));
  }
  const e = diagnostics.engine;
  if (e) {
    const mix = Object.entries(e.outcomes)
      .map(([size, o]) => `${size} rec: ${Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ')}`)
      .join(' | ');
    console.log(`\nengine: ${e.subjects} subjects × ${e.scenarios} scenarios, default catalog${e.pinned ? ', pinned to CPU 0' : ''}; per CPU-second. Outcomes: ${mix}`);
  }
  const b = diagnostics.batching;
  if (b) {
    const mix = Object.entries(b.outcomes).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`\nbatching: 500 distinct subjects (${mix}); ours also made ${b.ours_catalog_requests} GET /v1/measures (the catalog, once per client; not counted in ours_requests).`);
    console.log(`  main-thread CPU time per run (median): ours ${int(b.ours_cpu_ms)} ms, naive ${int(b.naive_cpu_ms)} ms.`);
    console.log(
      `  ours, median timeline: first check request ${int(b.ours_first_request_ms)} ms after the flags were added, last answer back at ${int(b.ours_last_response_ms)} ms, all settled at ${int(results.batching.ours_ms ?? NaN)} ms.`,
    );
  }
  const sc = diagnostics.screen;
  if (sc) {
    const c = sc.complete;
    console.log(
      `\nscreen: ${c.total} rows, ${c.invalid} invalid, ${sc.check_requests} check requests; ${Object.entries(c.counts).map(([k, v]) => `${k} ${v}`).join(', ')}; long tasks (> 50 ms) per run: ${sc.long_tasks.join(', ')}; main-thread CPU time per run (median) ${int(sc.cpu_ms)} ms.`,
    );
  }
  const m = diagnostics.memory;
  if (m) {
    console.log(
      `\nmemory (JS heap + Blink heap after forced GC): ${int(m.cold_heap_bytes)} B after setup, ${int(m.warm_heap_bytes)} B after one warm-up cycle (the baseline); ` +
        `the 10 cycles after it changed the JS heap by ${int(m.js_delta_bytes)} B and the Blink (DOM) heap by ${int(m.dom_delta_bytes)} B; ` +
        `DOM nodes ${m.nodes_delta >= 0 ? '+' : ''}${m.nodes_delta}, listeners ${m.listeners_delta >= 0 ? '+' : ''}${m.listeners_delta}. ` +
        `Versus the setup heap: ${int(m.heap_delta_vs_cold_bytes)} B.`,
    );
  }
  for (const [section, r] of Object.entries(results)) {
    if (r.error) console.log(`\n${section}: not measured — ${r.error}`);
  }
  console.log(`\n${meta.node}, ${meta.chromium ?? 'no browser'}, ${meta.cpus} CPUs, ${meta.seconds} s.`);
}
