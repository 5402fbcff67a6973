#!/usr/bin/env node
// Prints what the CMS's Payload config says about every field of the public collections and
// globals: its path, type, maxLength, select options, and what its validator answers for sample
// values. Run with the CMS folder as cwd: node cms-field-facts.mjs <samples.json>.
// The contract test compares these facts with the zod schemas of packages/content.
import fs from 'node:fs'
import path from 'node:path'

const [samplesFile] = process.argv.slice(2)
const samples = JSON.parse(fs.readFileSync(samplesFile, 'utf8'))
process.env.PAYLOAD_SECRET ||= 'contract-test-secret-that-is-long-enough'
process.env.DATABASE_URL ||= 'postgres://nobody@127.0.0.1:1/none'

const { tsImport } = await import('tsx/esm/api')
const config = await (await tsImport(path.resolve('src/payload.config.ts'), import.meta.url)).default

const t = (key) => key
const facts = {}

async function walk(fields, prefix, out) {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) await walk(tab.fields, tab.name ? `${prefix}${tab.name}.` : prefix, out)
    } else if (['row', 'collapsible'].includes(field.type) || (field.type === 'group' && !field.name)) {
      await walk(field.fields, prefix, out)
    } else if (field.type === 'group' || field.type === 'array') {
      await walk(field.fields, `${prefix}${field.name}.`, out)
    } else if (field.name) {
      const fact = { path: `${prefix}${field.name}`, type: field.type }
      if (field.maxLength !== undefined) fact.maxLength = field.maxLength
      if (field.options) fact.options = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      if ((field.type === 'text' || field.type === 'textarea') && typeof field.validate === 'function') {
        fact.accepts = {}
        for (const [kind, values] of Object.entries(samples)) {
          fact.accepts[kind] = []
          for (const value of values) {
            const req = { t, locale: 'en', payload: { config }, user: null, context: {} }
            const answer = await field.validate(value, { ...field, data: {}, siblingData: {}, req, operation: 'update', path: [field.name], event: 'submit' })
            fact.accepts[kind].push(answer === true)
          }
        }
      }
      out.push(fact)
    }
  }
}

for (const entity of [...config.collections, ...config.globals]) {
  const out = []
  await walk(entity.fields, '', out)
  facts[entity.slug] = out
}
process.stdout.write(JSON.stringify(facts))
process.exit(0)
