// Reads an .apkg with the npm package anki-reader (an independent implementation: zip.js + sql.js) and prints what
// it sees as JSON, for AnkiReaderInteropTest. Usage: node read-apkg.mjs FILE.apkg
import { readFileSync } from 'node:fs';
import { readAnkiPackage } from 'anki-reader';

const bytes = readFileSync(process.argv[2]);
const { collection, media } = await readAnkiPackage(new Blob([bytes]));
const out = { version: collection.getVersion(), models: Object.keys(collection.getModels()), decks: {}, cards: [],
  media: Object.keys(media).sort() };
for (const [deckId, deck] of Object.entries(collection.getDecks())) {
  out.decks[deckId] = deck.getName();
  for (const [cardId, card] of Object.entries(deck.getCards())) {
    out.cards.push({ id: cardId, deck: deck.getName(), note: card.getNoteId(), fields: card.getFields() });
  }
}
process.stdout.write(JSON.stringify(out));
