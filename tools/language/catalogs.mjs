// Debian message catalogs: msgid → msgstr of one package's .mo for one locale (needs `msgunfmt` from gettext).
// Shared by build-malay.mjs and find-malay-markers.mjs: both read the same messages in Malay and Indonesian.
import fs from 'node:fs'
import { execFileSync } from 'node:child_process'

// The catalogs the Malay/Indonesian marker words were chosen on; build-malay.mjs leaves them out of the held-out corpus.
export const MARKER_CATALOGS = ['glib20', 'gtk20-properties', 'gtk30-properties', 'gsettings-desktop-schemas', 'gdk-pixbuf', 'at-spi2-core']

const unescape = s => s.replace(/\\n/g, ' ').replace(/\\t/g, ' ').replace(/\\"/g, '"').replace(/\\\\/g, '\\')

export function catalog(locale, name) {
  const p = `/usr/share/locale/${locale}/LC_MESSAGES/${name}.mo`
  const messages = new Map()
  if (!fs.existsSync(p)) return messages
  const po = execFileSync('msgunfmt', ['--no-wrap', p], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8')
  for (const entry of po.split(/\n\n/)) {
    const id = /^msgid "(.*)"$/m.exec(entry), str = /^msgstr "(.*)"$/m.exec(entry)
    if (id && str && id[1] && str[1]) messages.set(unescape(id[1]), unescape(str[1]))
  }
  return messages
}
