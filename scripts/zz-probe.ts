import { saleWording, foldText } from '../lib/classifier/stance';
import { tagClause } from '../lib/classifier/index';
import splitSentences from '../lib/classifier/segment/04-sentences';
const [text, heading, lang] = [process.argv[2], process.argv[3] === '-' ? null : process.argv[3] ?? null, process.argv[4] ?? 'de'];
console.log('clause:', saleWording(text, heading), ' tag:', tagClause({ id: 'x', blockId: null, text, heading }, lang).sale);
for (const s of splitSentences(text)) console.log('  ', saleWording(s, heading), '|', foldText(s));
