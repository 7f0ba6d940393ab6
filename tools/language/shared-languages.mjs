// The languages that share a script with others, read from src/Alignment/Language/Data/scripts-languages.tsv:
// the ones the within-script models and word lists are generated for. Adding a language there adds it here.
import fs from 'node:fs'
export function sharedScriptLanguages (file = 'src/Alignment/Language/Data/scripts-languages.tsv') {
  const languages = new Set()
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue
    const entries = (line.split('\t')[2] ?? '').split(' ').filter(Boolean).map(e => e.split(':')[0])
    if (entries.length > 1) entries.forEach(l => languages.add(l))
  }
  return [...languages]
}
