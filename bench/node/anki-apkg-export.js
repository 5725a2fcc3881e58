// Writes the questions of a qbank JSON export (argv[2]) as an .apkg (argv[3]) with the npm package
// anki-apkg-export, the reference point of bench/apkg-compare.sh. Prints the milliseconds spent in-process.
const fs = require('fs');
const AnkiExport = require('anki-apkg-export').default;

const started = Date.now();
const bank = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const apkg = new AnkiExport('qbank');
for (const q of bank.questions) {
  apkg.addCard(q.question, (q.answer || '') + (q.explanation ? '<hr>' + q.explanation : ''),
    { tags: (q.tags || []).map(t => t.replace(/\s/g, '_')) });
}
apkg.save().then(zip => {
  fs.writeFileSync(process.argv[3], zip, 'binary');
  console.log(Date.now() - started);
}).catch(err => { console.error(err); process.exit(1); });
