'use strict'
// The files of a backup: the CMS's media folder, and copying, hashing and
// writing files so that what the manifest says of them is what is on disk.
const crypto = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')
const { pipeline } = require('node:stream/promises')
const { Transform } = require('node:stream')

/** Where the CMS keeps uploads: MEDIA_DIR (relative to apps/cms, where the CMS runs) or apps/cms/media. */
function mediaDirFor(root) {
  const cmsDir = path.join(root, 'apps/cms')
  return process.env.MEDIA_DIR ? path.resolve(cmsDir, process.env.MEDIA_DIR) : path.join(cmsDir, 'media')
}

/** Regular files under `dir`, as sorted paths relative to it with `/`; other entries are reported. */
function listFiles(dir) {
  const files = []
  const skipped = []
  if (!fs.existsSync(dir)) return { files, skipped }
  const walk = (relative) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile()) files.push(child)
      else skipped.push(child)
    }
  }
  walk('')
  return { files: files.sort(), skipped }
}

async function sha256File(file) {
  const hash = crypto.createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return hash.digest('hex')
}

/** A pass-through stream that counts and hashes what flows through it; `result()` once it ended. */
function hashingTap() {
  const hash = crypto.createHash('sha256')
  let bytes = 0
  const tap = new Transform({
    transform(chunk, _encoding, done) {
      hash.update(chunk)
      bytes += chunk.length
      done(null, chunk)
    },
  })
  return { tap, result: () => ({ bytes, sha256: hash.digest('hex') }) }
}

/** Copies `from` to `to` and returns the size and sha256 of the bytes written. */
async function copyWithHash(from, to, mode) {
  const { tap, result } = hashingTap()
  fs.mkdirSync(path.dirname(to), { recursive: true })
  await pipeline(fs.createReadStream(from), tap, fs.createWriteStream(to, { mode }))
  return result()
}

/** Writes a file whole or not at all: a half-written manifest must never look like a backup. */
function writeFileAtomic(file, text, mode = 0o600) {
  const temporary = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temporary, text, { mode })
  fs.renameSync(temporary, file)
}

module.exports = { mediaDirFor, listFiles, sha256File, hashingTap, copyWithHash, writeFileAtomic }
