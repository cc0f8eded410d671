import { readFileSync } from 'node:fs';
import { foldText } from '../lib/classifier/stance';
const src = readFileSync('lib/classifier/stance.ts', 'utf8');
const s = foldText(process.argv[2]);
for (const line of src.split('\n')) {
  const m = /^const ([A-Z_]+_RE) = (?:prefiltered\()?\/(.*)\/([a-z]*)(?:, [A-Z_\[\]., ']+\))?;$/.exec(line);
  if (!m) continue;
  try { const re = new RegExp(m[2], m[3].replace('g', '')); const x = re.exec(s); if (x) console.log(m[1], JSON.stringify(x[0]), x.index); } catch {}
}
