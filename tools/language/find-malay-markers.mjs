// Evidence for src/Alignment/Language/Data/varieties/msa.tsv from the Debian catalogs it was chosen on ("deb"): the same
// messages translated into Malay (ms) and Indonesian (id) by the packages of MARKER_CATALOGS (build-malay.mjs leaves them out
// of the held-out corpus). Prints each variety's candidates (in 8 or more messages of its own translations, an eighth
// as many or fewer of the other's), then every listed marker the other variety's translations also use.
// Candidates are read by a person before they go into the list: UI jargon and English look-alikes stay out.
// Usage: node tools/language/find-malay-markers.mjs   (needs `msgunfmt` from gettext)
import fs from 'node:fs'
import { catalog, MARKER_CATALOGS as TRAINING } from './catalogs.mjs'

const words = s => new Set(s.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [])
const messages = { ms: new Map(), id: new Map() }
let pairs = 0
for (const name of TRAINING) {
  const ms = catalog('ms', name), id = catalog('id', name)
  for (const [msgid, text] of ms) {
    if (!id.has(msgid)) continue
    pairs++
    for (const [lang, t] of [['ms', text], ['id', id.get(msgid)]]) for (const w of words(t)) messages[lang].set(w, (messages[lang].get(w) ?? 0) + 1)
  }
}
console.log(`${pairs} message pairs`)
for (const [own, other] of [['ms', 'id'], ['id', 'ms']]) {
  const candidates = [...messages[own]].filter(([w, n]) => n >= 8 && (messages[other].get(w) ?? 0) * 8 <= n).sort((a, b) => b[1] - a[1])
  console.log(`${own}: ${candidates.map(([w, n]) => `${w} ${n}/${messages[other].get(w) ?? 0}`).join(', ')}`)
}
const listed = fs.readFileSync('src/Alignment/Language/Data/varieties/msa.tsv', 'utf8').split('\n').filter(l => l && !/^[#-]/.test(l)).map(l => l.split('\t'))
for (const [word, variety] of listed) {
  const shared = messages[variety === 'ms' ? 'id' : 'ms'].get(word)
  if (shared) console.log(`listed ${word} (${variety}): ${messages[variety].get(word) ?? 0} messages, ${shared} of the other's`)
}
