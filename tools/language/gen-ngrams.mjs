// Derives the within-script language model tables (src/Alignment/Language/Data/ngrams/<lang>.tsv.gz) from
// the character n-gram models that ship inside the SearchPioneer.Lingua 2.0.0 NuGet package
// (Apache-2.0, Copyright Peter M. Stahl and SearchPioneer; see Data/ngrams/NOTICE.txt). Orders 1-3 are kept
// whole; of orders 4 and 5 only the most frequent TOP n-grams, to keep the tables compact.
// Each line: n-gram, tab, cost = round(-ln p * 8), at most 254 (a byte-sized quantised negative log probability).
// Chinese (unigrams only in Lingua) is completed with Simplified forms from Unihan_Variants.txt.
// Usage: node tools/language/gen-ngrams.mjs [LanguageModels dir] [out dir] [top]
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { execFileSync } from 'node:child_process'
import { sharedScriptLanguages } from './shared-languages.mjs'
const modelsDir = process.argv[2] ?? path.join(os.homedir(), '.nuget/packages/searchpioneer.lingua/2.0.0/contentFiles/any/any/Lingua/LanguageModels')
const outDir = process.argv[3] ?? 'src/Alignment/Language/Data/ngrams'
const top = Number(process.argv[4] ?? 60000)
const languages = sharedScriptLanguages()
const orders = ['unigrams', 'bigrams', 'trigrams', 'quadrigrams', 'fivegrams']
export const QUANT = 8
// Lingua's Chinese model is written in Traditional characters only; give each Simplified form the cost
// of its Traditional original so Simplified Chinese is not taken for Japanese.
const simplifiedOf = new Map()
const unihan = execFileSync('bzcat', [process.env.UNIHAN_VARIANTS ?? '/usr/share/unicode/Unihan_Variants.txt.bz2'], { maxBuffer: 1 << 28 }).toString('utf8')
for (const line of unihan.split('\n')) {
  const [code, field, values] = line.split('\t')
  if (field !== 'kSimplifiedVariant' || !values) continue
  simplifiedOf.set(String.fromCodePoint(parseInt(code.slice(2), 16)), values.trim().split(/\s+/).map(v => String.fromCodePoint(parseInt(v.slice(2), 16))))
}
fs.mkdirSync(outDir, { recursive: true })
for (const lang of languages) {
  const lines = []
  orders.forEach((order, index) => {
    const file = path.join(modelsDir, lang, `${order}.json.br`)
    if (!fs.existsSync(file)) return // Lingua's Chinese and Japanese models have unigrams only
    const model = JSON.parse(zlib.brotliDecompressSync(fs.readFileSync(file)).toString('utf8'))
    let entries = []
    for (const [fraction, ngrams] of Object.entries(model.ngrams)) {
      const [numerator, denominator] = fraction.split('/').map(Number)
      const cost = Math.min(254, Math.round(-Math.log(numerator / denominator) * QUANT))
      for (const ngram of ngrams.split(' ')) entries.push([ngram, cost])
    }
    if (lang === 'zh') {
      const known = new Set(entries.map(e => e[0]))
      for (const [ngram, cost] of [...entries]) {
        for (const simplified of simplifiedOf.get(ngram) ?? []) {
          if (!known.has(simplified)) { known.add(simplified); entries.push([simplified, cost]) }
        }
      }
    }
    entries.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))
    if (index >= 3) entries = entries.slice(0, top)
    for (const [ngram, cost] of entries) lines.push(`${ngram}\t${cost}`)
  })
  const out = path.join(outDir, `${lang}.tsv.gz`)
  fs.writeFileSync(out, zlib.gzipSync(lines.join('\n') + '\n', { level: 9 }))
  console.log(`${lang}: ${lines.length} n-grams -> ${out} (${fs.statSync(out).size} bytes)`)
}
