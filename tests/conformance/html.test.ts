// The HTML of every page type, in English and Arabic, as a browser first receives it, checked by
// the W3C Nu Html Checker (npm vnu-jar, run with Debian's Java): zero errors.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { pageTypes, trackerPageTypes, webUrl } from '../support/pages'

const vnuJar = require.resolve('vnu-jar/build/dist/vnu.jar')

type NuMessage = { type: string; subType?: string; url?: string; message: string; extract?: string; firstLine?: number; lastLine?: number }

const pages = ['en', 'ar'].flatMap((locale) => [
  ...Object.entries({ ...pageTypes, ...trackerPageTypes }).map(([name, at]) => ({ name: `${locale} ${name}`, path: `/${locale}${at}` })),
  { name: `${locale} search results`, path: `/${locale}/search?q=treaty` },
  { name: `${locale} a page that does not exist`, path: `/${locale}/building-blocks/no-such-block` },
])
pages.push({ name: 'an address matching nothing', path: '/no-such-page' })

let messages: NuMessage[] = []
const files = new Map<string, string>()

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nu-html-'))
  try {
    for (const [index, page] of pages.entries()) {
      const response = await fetch(`${webUrl()}${page.path}`)
      expect({ page: page.path, type: response.headers.get('content-type') }).toEqual({ page: page.path, type: expect.stringMatching(/^text\/html/) })
      const file = path.join(dir, `${index}.html`)
      fs.writeFileSync(file, await response.text())
      files.set(`file:${file}`, page.path)
    }
    // A control: a document with a known error, so a checker that reports nothing fails the run.
    const control = path.join(dir, 'control.html')
    fs.writeFileSync(control, '<!doctype html><html lang="en"><head><title>Control</title></head><body><img src="x.png"></body></html>')
    files.set(`file:${control}`, 'control')
    // One JVM for every page: the checker exits non-zero when it finds errors, and prints JSON either way.
    const run = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...[...files.keys()].map((url) => url.slice(5))], { maxBuffer: 64 * 1024 * 1024, timeout: 240_000 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    )
    messages = (JSON.parse(run.stdout) as { messages: NuMessage[] }).messages
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}, 300_000)

test('the checker read every page, and each of its messages names one of them', () => {
  expect(messages.filter((message) => message.type === 'non-document-error')).toEqual([])
  expect(messages.filter((message) => message.type === 'error' && files.get(message.url ?? '') === 'control').map((message) => message.message)).toEqual([
    expect.stringMatching(/“img” element must have an “alt” attribute/),
  ])
  expect(messages.filter((message) => !files.has(message.url ?? ''))).toEqual([])
})

test.each(pages.map((page) => [page.name, page.path]))('%s (%s): no errors', (_name, at) => {
  const errors = messages
    .filter((message) => message.type === 'error' && files.get(message.url ?? '') === at)
    .map((message) => `line ${message.lastLine ?? message.firstLine ?? '?'}: ${message.message}${message.extract ? `\n    ${message.extract.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`)
  expect(errors).toEqual([])
})
