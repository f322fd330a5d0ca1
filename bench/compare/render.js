// SPDX-License-Identifier: MIT
// In-process timings of docxtemplater and Carbone on the benchmark's content
// (`bench_papers measure` runs this for each case just before timing ours):
// for each case in WORK/cases.tsv, each tool renders WORK/content/<case>.json
// into its template (WORK/templates) after warm-up, and the median time of
// the renders is written to WORK/compare.csv (WORK/compare-<case>.csv for
// one case). The outputs of the last run are kept in WORK/out/compare/ to
// be looked at.
'use strict';
const fs = require('fs');
const path = require('path');
const PizZip = require('pizzip');
const Docxtemplater = require('docxtemplater');
const carbone = require('carbone');

const work = process.argv[2];
const runs = Number(process.argv[3] || 31);
// One case only (bench_papers measure runs each case's just before timing
// ours): its figures go to WORK/compare-<case>.csv.
const only = process.argv[4];
// The large cases swing most on a shared machine: a third of the runs (at
// least five) after two warm-up runs, the same as bench_papers.
const largeRuns = Math.max(5, Math.floor(runs / 3));

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeIt(warmUp, n, fn) {
  for (let i = 0; i < warmUp; i++) await fn();
  const times = [];
  let last;
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    last = await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms: median(times), bytes: last.length, output: last };
}

function docxtemplater(template, data) {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
  doc.render(data);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function carboneRender(templateFile, data) {
  return new Promise((resolve, reject) =>
    carbone.render(templateFile, data, {}, (err, result) => (err ? reject(err) : resolve(result))));
}

async function main() {
  const cases = fs.readFileSync(path.join(work, 'cases.tsv'), 'utf8').trim().split('\n')
    .map((l) => l.split('\t')).filter(([name]) => !only || name === only);
  if (cases.length === 0) throw new Error(`no case ${only} in cases.tsv`);
  const templates = path.join(work, 'templates');
  const dxTemplate = fs.readFileSync(path.join(templates, 'docxtemplater.docx'));
  const outDir = path.join(work, 'out', 'compare');
  fs.mkdirSync(outDir, { recursive: true });
  const lines = ['case,tool,format,ms,bytes'];
  for (const [name, size] of cases) {
    const data = JSON.parse(fs.readFileSync(path.join(work, 'content', name + '.json'), 'utf8'));
    const n = size === 'large' ? largeRuns : runs;
    const warm = size === 'large' ? 2 : 3;
    const results = [
      ['docxtemplater', 'docx', await timeIt(warm, n, () => docxtemplater(dxTemplate, data))],
      ['carbone', 'docx', await timeIt(warm, n, () => carboneRender(path.join(templates, 'carbone.docx'), data))],
      ['carbone', 'odt', await timeIt(warm, n, () => carboneRender(path.join(templates, 'carbone.odt'), data))],
    ];
    for (const [tool, format, r] of results) {
      lines.push(`${name},${tool},${format},${r.ms.toFixed(3)},${r.bytes}`);
      fs.writeFileSync(path.join(outDir, `${name}.${tool}.${format}`), r.output);
    }
    process.stderr.write(`compared ${name}\n`);
  }
  fs.writeFileSync(path.join(work, only ? `compare-${only}.csv` : 'compare.csv'), lines.join('\n') + '\n');
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error('render.js:', e);
    process.exit(1);
  });
