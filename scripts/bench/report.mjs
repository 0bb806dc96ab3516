// The bench's output: one table (figure | median | spread | budget | ok), then what explains
// the figures — the biggest inputs of a bundle over budget, request counts, outcomes seen,
// heap and DOM counters — and any figure that could not be measured.

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
  ['sizes', 'iife_gzip', 'bytes'],
  ['sizes', 'flag_gzip', 'bytes'],
  ['sizes', 'client_gzip', 'bytes'],
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
      UNITS[unit](value),
      typeof spread === 'number' ? `±${UNITS[unit](spread / 2)}` : '',
      budgetText(budget, unit),
      budget ? (r.pass[key] ? 'ok' : 'FAIL') : '',
    ]);
  }
  const lazyRows = Object.entries(results.sizes?.lazy_chunks ?? {}).map(([file, gz]) => [`  lazy: ${file}`, UNITS.bytes(gz), '', '', '']);
  const afterIife = rows.findIndex((r) => r[0] === 'sizes.iife_gzip') + 1;
  if (afterIife > 0) rows.splice(afterIife, 0, ...lazyRows);

  console.log(`\n${table(rows)}`);
  console.log(
    '\nmedian of several runs; spread = ±half the range (max − min) of the runs. Sizes: minified, gzip -9. ' +
      'Browser figures: headless Chromium, the simulated platform in the page with a 50 ms round trip.',
  );
  if (meta.load_average > meta.cpus) {
    console.log(
      `\nNote: the machine was busy (load average ${meta.load_average} on ${meta.cpus} CPUs): browser timings are longer than on an idle machine.`,
    );
  }

  const s = diagnostics.sizes;
  if (s) {
    console.log(`\nsizes: the script-tag bundle itself defines ${s.iifeElements.join(', ') || 'no element'}; lazy chunks load later, by URL.`);
    for (const figure of ['flag_gzip', 'client_gzip']) {
      const lazy = s.lazy[figure];
      if (lazy.length) console.log(`sizes.${figure} leaves out what it loads only by import(): ${lazy.map((c) => `${c.inputs.join(' + ') || c.file} (${int(c.gzip)} B gz)`).join(', ')}.`);
    }
    for (const figure of ['iife_gzip', 'flag_gzip', 'client_gzip']) {
      const b = s.breakdowns[figure];
      if (results.sizes.pass?.[figure] || !b) continue;
      console.log(`\nsizes.${figure} is over budget. Its parts: bytes in the bundle, and the gzip bytes it would lose without them`);
      console.log(b.groups.map((g) => `  ${g.name.padEnd(34)} ${int(g.bytes).padStart(9)} B  −${int(g.gzip_saved).padStart(6)} B gz`).join('\n'));
      console.log('  biggest files of the project:');
      console.log(b.files.map((f) => `    ${f.name.padEnd(56)} ${int(f.bytes).padStart(9)} B  −${int(f.gzip_saved).padStart(6)} B gz`).join('\n'));
    }
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
