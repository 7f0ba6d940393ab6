// Builds corpus/language/heldout.jsonl: a second, independent evaluation set for the language check, of a
// different genre than sentences.jsonl (UDHR + UI message catalogs): fortune cookies (quotations, proverbs,
// jokes) and translated documentation (manual pages, GNOME and GIMP help, the Debian FAQ), all from Debian
// packages fetched with `apt-get download` and unpacked with `dpkg-deb -x` (nothing is installed).
// Nobody tunes the detector on this file: it measures generalisation.
// Usage: node tools/language/build-heldout.mjs [work dir for the .deb files, default /tmp/alignment-heldout]
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { execFileSync } from 'node:child_process'

const work = path.resolve(process.argv[2] ?? '/tmp/alignment-heldout')
const outFile = 'corpus/language/heldout.jsonl'
const PER_LANGUAGE = 400

// Where each language's text comes from: [kind, Debian package, locale or files]. ar and th: no Debian
// package with free prose in them was found (see corpus/language/README.md).
const plan = {
  'zh-Hans': [['fortune', 'fortunes-zh', ['chinese']], ['man', 'manpages-zh', 'zh_CN'], ['mallard', 'gnome-user-docs', 'zh_CN']],
  'zh-Hant': [['man', 'manpages-zh', 'zh_TW'], ['html', 'libreoffice-help-zh-tw', 'usr/share/libreoffice/help/zh-TW']],
  en: [['fortune', 'fortunes-min', ['fortunes', 'literature', 'riddles']], ['mallard', 'gnome-user-docs', 'C']],
  ja: [['man', 'manpages-ja', 'ja'], ['mallard', 'gnome-user-docs', 'ja']],
  ko: [['html', 'debian-faq-ko', 'usr/share/doc/debian/FAQ/ko'], ['html', 'gimp-help-ko', 'usr/share/gimp/2.0/help/ko']],
  ru: [['fortune', 'fortunes-ru'], ['man', 'manpages-ru', 'ru'], ['mallard', 'gnome-user-docs', 'ru']],
  fr: [['man', 'manpages-fr', 'fr'], ['mallard', 'gnome-user-docs', 'fr']],
  de: [['fortune', 'fortunes-de'], ['man', 'manpages-de', 'de'], ['mallard', 'gnome-user-docs', 'de']],
  es: [['fortune', 'fortunes-es'], ['man', 'manpages-es', 'es'], ['mallard', 'gnome-user-docs', 'es']],
  pt: [['fortune', 'fortunes-br'], ['man', 'manpages-pt-br', 'pt_BR'], ['mallard', 'gnome-user-docs', 'pt']],
  it: [['fortune', 'fortunes-it'], ['man', 'manpages-it', 'it'], ['mallard', 'gnome-user-docs', 'it']],
  hi: [['html', 'libreoffice-help-hi', 'usr/share/libreoffice/help/hi'], ['mallard', 'gnome-user-docs', 'hi']],
  vi: [['man', 'manpages-vi', 'vi'], ['mallard', 'gnome-user-docs', 'vi']],
  id: [['man', 'manpages-id', 'id'], ['mallard', 'gnome-user-docs', 'id']],
  tr: [['man', 'manpages-tr', 'tr'], ['mallard', 'gnome-user-docs', 'tr']],
  uk: [['man', 'manpages-uk', 'uk'], ['mallard', 'gnome-user-docs', 'uk']],
  pl: [['fortune', 'fortunes-pl'], ['man', 'manpages-pl', 'pl'], ['mallard', 'gnome-user-docs', 'pl']],
  nl: [['man', 'manpages-nl', 'nl'], ['mallard', 'gnome-user-docs', 'nl']],
  he: [['mallard', 'gnome-user-docs', 'he']],
  fa: [['html', 'gimp-help-fa', 'usr/share/gimp/2.0/help/fa'], ['mallard', 'gnome-user-docs', 'fa']],
}
// Letters of the language's own script (Script_Extensions, so marks like ー and 々 count).
const ownScript = {
  'zh-Hans': /\p{scx=Han}/u, 'zh-Hant': /\p{scx=Han}/u, ja: /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u,
  ko: /\p{scx=Hangul}/u, ru: /\p{scx=Cyrillic}/u, uk: /\p{scx=Cyrillic}/u, hi: /\p{scx=Devanagari}/u,
  he: /\p{scx=Hebrew}/u, fa: /\p{scx=Arabic}/u,
}
const cjk = lang => /^(zh|ja)/.test(lang)

// ---- fetching -------------------------------------------------------------------------------------------
function unpack(pkg) {
  const dir = path.join(work, pkg)
  if (fs.existsSync(path.join(dir, '.done'))) return dir
  fs.mkdirSync(dir, { recursive: true })
  let deb = fs.readdirSync(work).find(f => f.startsWith(pkg + '_') && f.endsWith('.deb'))
  if (!deb) {
    execFileSync('apt-get', ['download', pkg], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] })
    deb = fs.readdirSync(work).find(f => f.startsWith(pkg + '_') && f.endsWith('.deb'))
  }
  execFileSync('dpkg-deb', ['-x', path.join(work, deb), dir])
  fs.writeFileSync(path.join(dir, '.done'), deb + '\n')
  return dir
}
const walk = dir => fs.existsSync(dir)
  ? fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1).flatMap(e => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [] // symlinks (.u8 aliases, .so pages) are duplicates
  })
  : []
const utf8 = new TextDecoder('utf-8', { fatal: true })
function readText(file) {
  let bytes = fs.readFileSync(file)
  if (file.endsWith('.gz')) bytes = zlib.gunzipSync(bytes)
  try { return utf8.decode(bytes) } catch { return null } // legacy encodings: skip rather than guess
}

// ---- extraction: each returns paragraphs of running text ------------------------------------------------
function fortuneParagraphs(text) {
  return text.replace(/\x1b\[[0-9;]*m/g, '').replace(/\r/g, '').split(/^%%?$/m).map(cookie => cookie
    .split('\n')
    .filter(l => !/^\s*(--|—|―|~)/.test(l) && !/^\s{4,}\S/.test(l)) // attributions and indented signatures
    .join(' '))
}

const roffGlyphs = { em: '—', en: '–', aq: "'", dq: '"', lq: '“', rq: '”', oq: '‘', cq: '’', bu: '•', hy: '-', 'Fo': '«', 'Fc': '»', co: '©' }
function roffInline(s) {
  return s
    .replace(/\\".*$/, '')
    .replace(/\\f(\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\((..)/g, (_, g) => roffGlyphs[g] ?? '')
    .replace(/\\\[([^\]]*)\]/g, (_, g) => roffGlyphs[g] ?? '')
    .replace(/\\\*(\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\s[+-]?\d/g, '')
    .replace(/\\[Nwhvo]'[^']*'/g, '')
    .replace(/\\[-e]/g, m => m === '\\-' ? '-' : '\\')
    .replace(/\\[&|^c%:)]/g, '')
    .replace(/\\[ ~0]/g, ' ')
}
// Macro lines whose arguments are running text (fonts); everything else is layout or a block to skip.
const fontMacros = /^\.(B|I|SM|SB|BI|BR|IB|IR|RI|RB)\s+(.*)$/
const descriptionHeading = /^(DESCRIPTION|BESCHREIBUNG|DESCRIPCI[OÓ]N|DESCRIZIONE|BESCHRIJVING|OPIS|DESCRI[CÇ][AÃ]O|ОПИСАНИЕ|ОПИС|MÔ TẢ|DESKRIPSI|AÇIKLAMA|説明|解説|描述|說明|描述 DESCRIPTION|說明 DESCRIPTION|描述.*|說明.*)$/iu
function manParagraphs(text) {
  const out = []
  let inDescription = false, skipBlock = null, skipNext = false, paragraph = []
  const flush = () => { if (paragraph.length) out.push(paragraph.join(' ')); paragraph = [] }
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '')
    if (skipBlock) { if (skipBlock.test(line)) skipBlock = null; continue }
    if (/^\.SH\b/.test(line)) {
      flush()
      inDescription = descriptionHeading.test(line.replace(/^\.SH\s*/, '').replace(/"/g, '').trim())
      continue
    }
    if (!inDescription) continue
    if (/^['.]\s*\\"/.test(line)) continue
    if (/^\.(nf|EX|TS|DS)\b/.test(line)) { flush(); skipBlock = /^\.(fi|EE|TE|DE)\b/; continue }
    if (/^\.TP\b/.test(line)) { flush(); skipNext = true; continue }
    const font = fontMacros.exec(line)
    if (/^[.']/.test(line) && !font) { flush(); continue }
    if (skipNext) { skipNext = false; continue } // a .TP tag: an option or a term, not prose
    if (line === '') { flush(); continue }
    const words = font ? font[2].match(/"[^"]*"|\S+/g).map(w => w.replace(/^"|"$/g, '')) : null
    paragraph.push(roffInline(font ? words.join(/^\.(B|I|SM|SB)$/.test(font[1]) ? ' ' : '') : line))
  }
  flush()
  return out
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', zwnj: '\u200c', rlm: '', lrm: '' }
const decode = s => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => e[0] === '#'
  ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
  : entities[e] ?? m)
function markupParagraphs(text) {
  // Code, file names and keys are not prose: mark them so the sentence holding one is dropped.
  const body = text.replace(/<[^>]*\/>/g, ' \u0000 ') // a self-closing link or image: text filled in at display time
    .replace(/<(pre|code|screen|cmd|output|input|key|keyseq|file|sys|var|kbd|tt)\b[\s\S]*?<\/\1>/g, ' \u0000 ')
  return [...body.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map(m => decode(m[1].replace(/<[^>]+>/g, '')))
}

// ---- sentences and what counts as clean ------------------------------------------------------------------
const letters = s => [...s].filter(c => /\p{L}/u.test(c))
function sentencesOf(paragraph) {
  const text = paragraph.replace(/\s+/g, ' ').trim()
  if (!text) return []
  // Split after a stop followed by a space and a capital or a non-Latin letter, or right after a CJK stop.
  return text.split(/(?<=[.!?…؟।](?:["»”’)])?)\s+(?=["«„“¿¡(]?[\p{Lu}\p{Lo}])|(?<=[。！？])/u).map(s => s.trim()).filter(s => s && !s.includes('\u0000')) // a sentence that held code or a key
}
function clean(text, lang) {
  if (/[{}<>=_\\|$%#@\[\]*\/`^~]|--|\w\.\w|https?:|\t|\.\.\.\./u.test(text)) return false // code, paths, markup, options
  if (/(^|\s)[-+][\p{L}\d]/u.test(text)) return false // a command-line option
  if (/\b\p{Lu}{3,}\b/u.test(text)) return false // acronyms and command names in capitals
  const ls = letters(text)
  if (/^《[^》]*》$/u.test(text)) return false // a cited title, not a sentence
  if (untranslated(text, lang)) return false
  if (/\p{Ll}/u.test(ls[0] ?? '')) return false // a fragment: something before it was markup that was dropped
  const own = ownScript[lang]
  if (own) {
    if (ls.some(c => !own.test(c))) return false // one script only: no Latin words inside
    if (cjk(lang)) return ls.length >= 8 && text.length <= 160
    return ls.length >= 15 && text.split(/\s+/).length >= 3 && text.length <= 300
  }
  if (ls.some(c => !/\p{Script=Latin}/u.test(c))) return false
  const words = text.split(/\s+/).filter(w => /\p{L}{2,}/u.test(w))
  return words.length >= 4 && ls.length >= 20 && text.length <= 300
}

// Translated manual pages keep the paragraphs nobody translated yet in English: drop a sentence of another
// Latin-script language that holds an English function word (minus the words that language has too).
const englishWords = new Set('the and with which this that from when are would should been has have was were its into than then there their they you your not only each after if or can may must will be by it is of to as at for'.split(' '))
const sharedWords = { nl: ['is', 'of', 'was', 'as'], de: ['was', 'will'], fr: ['as', 'or'], pt: ['as'], pl: ['to', 'by'], tr: ['at', 'as'], vi: ['to', 'can', 'may', 'than'] }
const untranslated = (text, lang) => lang !== 'en' && !ownScript[lang] &&
  text.toLowerCase().split(/[^\p{L}']+/u).some(w => englishWords.has(w) && !(sharedWords[lang] ?? []).includes(w))

// ---- candidates per language, then a seeded round-robin over packages and files ---------------------------
function rng(seed) { return () => { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296 } }
const seedOf = s => [...s].reduce((h, c) => Math.imul(h ^ c.codePointAt(0), 16777619) >>> 0, 2166136261)
const shuffle = (a, random) => { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [a[i], a[j]] = [a[j], a[i]] } return a }

function sourceFiles(kind, pkg, arg) {
  const dir = unpack(pkg)
  switch (kind) {
    case 'fortune': return walk(path.join(dir, 'usr/share/games'))
      .filter(f => !/\.(dat|u8)$/.test(f) && !/\/off\//.test(f) && (!arg || arg.includes(path.basename(f))))
      .map(f => ({ file: f, name: path.relative(path.join(dir, 'usr/share/games'), f).replace(/^fortunes?\/?/, ''), paragraphs: fortuneParagraphs }))
    case 'man': return walk(path.join(dir, 'usr/share/man', arg))
      .map(f => ({ file: f, name: path.basename(f).replace(/\.gz$/, ''), paragraphs: manParagraphs }))
    case 'mallard': return walk(path.join(dir, 'usr/share/help', arg, 'gnome-help')).filter(f => f.endsWith('.page'))
      .map(f => ({ file: f, name: `${arg}/${path.basename(f)}`, paragraphs: markupParagraphs }))
    case 'html': return walk(path.join(dir, arg)).filter(f => f.endsWith('.html'))
      .map(f => ({ file: f, name: path.basename(f), paragraphs: markupParagraphs }))
  }
  throw new Error(`unknown kind ${kind}`)
}

const rows = []
// Skip what the first corpus already holds, so the two sets are disjoint.
const seen = new Set(fs.readFileSync('corpus/language/sentences.jsonl', 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l).text))
for (const [lang, sources] of Object.entries(plan)) {
  const random = rng(seedOf(lang))
  const packages = sources.map(([kind, pkg, arg]) => {
    const files = sourceFiles(kind, pkg, arg).map(({ file, name, paragraphs }) => {
      const text = readText(file)
      const found = []
      for (const p of text ? paragraphs(text) : []) {
        for (const s of sentencesOf(p)) if (!seen.has(s) && clean(s, lang)) { seen.add(s); found.push({ lang, text: s, source: `debian:${pkg}/${name}` }) }
      }
      return shuffle(found, random)
    }).filter(f => f.length > 0)
    return shuffle(files, random)
  }).filter(p => p.length > 0)
  // Round-robin: packages in turn, and within a package its files in turn, so no single file dominates.
  const picked = [], cursor = packages.map(() => 0)
  while (picked.length < PER_LANGUAGE && packages.some(p => p.some(f => f.length))) {
    packages.forEach((files, i) => {
      for (let tries = 0; tries < files.length && picked.length < PER_LANGUAGE; tries++) {
        const f = files[cursor[i]++ % files.length]
        if (f.length) { picked.push(f.shift()); break }
      }
    })
  }
  rows.push(...picked)
  console.log(`${lang}: ${picked.length} rows from ${packages.reduce((n, p) => n + p.length, 0)} files`)
}

const counters = {}
const lines = rows.map(r => {
  const n = counters[r.lang] = (counters[r.lang] ?? 0) + 1
  return JSON.stringify({ id: `heldout-${r.lang}-${String(n).padStart(3, '0')}`, lang: r.lang, mixed: false, text: r.text, source: r.source })
})
fs.writeFileSync(outFile, lines.join('\n') + '\n')
console.log(`${outFile}: ${rows.length} rows`)
