import { LABELS, type Label } from '../lib/labels';
import { applyRules } from '../lib/classifier/rules';
import { loadFixtures, loadShared, splitByGroup, type Record_ } from './lib/data';
import { fmt, predictLogits, report } from './lib/metrics';
import { fit, OPTIONS, thresholdsFor, VAL_SHARE, viewFor, type Fitted } from './lib/pipeline';
const extra = JSON.parse(process.argv[2] ?? '{}');
const opts = { ...OPTIONS, ...extra };
const shared = loadShared()!;
const fix = loadFixtures().records;
const fixTrain = fix.filter((r: any) => r.split === 'train');
const { train, val } = splitByGroup(shared.records, VAL_SHARE);
const f: Fitted = fit([...train, ...fixTrain], opts);
const z = predictLogits(f.model, val, (r) => viewFor(f, r.lang));
const pred = z.map((row, i) => { const t = thresholdsFor(f, val[i].lang); const s = new Set(LABELS.filter((_, k) => row[k] >= t[k])); for (const [l, fl] of Object.entries(applyRules(val[i].text).floors)) if ((fl ?? 0) >= 0.5) s.add(l as Label); return s; });
const all = report(val, pred);
const src: Record<string, string> = {};
for (const s of ['opp115', 'tosdr', 'mapp']) { const idx = val.map((_, i) => i).filter((i) => val[i].source === s); const r = report(idx.map((i) => val[i]), idx.map((i) => pred[i])); src[s] = fmt(r.macro) + '/' + fmt(r.micro); }
const pl = (l: string) => { const m = all.perLabel[l as Label]!; return `${l.slice(0,6)} ${fmt(m.p)}/${fmt(m.r)}/${fmt(m.f1)}`; };
console.log(JSON.stringify(extra), 'ALL', fmt(all.macro) + '/' + fmt(all.micro), JSON.stringify(src), pl('third_party_sharing'), pl('first_party_collection'), pl('cookies_tracking'));
