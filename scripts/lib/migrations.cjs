'use strict'
// `payload migrate` has been seen to exit 0 without applying anything; this
// checks the database against the committed migration files afterwards.
const fs = require('node:fs')
const path = require('node:path')

const pg = require('pg')

function committedMigrations(migrationsDir) {
  return fs
    .readdirSync(migrationsDir)
    .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
    .sort()
}

async function appliedMigrations(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(
      "select name from payload_migrations where batch is not null and batch > 0 order by name",
    )
    return rows.map((row) => row.name)
  } catch (error) {
    if (error.code === '42P01') return [] // no migrations table yet
    throw error
  } finally {
    await client.end()
  }
}

async function assertMigrated(databaseUrl, migrationsDir) {
  const applied = new Set(await appliedMigrations(databaseUrl))
  const missing = committedMigrations(migrationsDir).filter((name) => !applied.has(name))
  if (missing.length) {
    throw new Error(`These migrations were not applied: ${missing.join(', ')}. Run \`npm run migrate\` and read its output.`)
  }
  return applied.size
}

module.exports = { committedMigrations, appliedMigrations, assertMigrated }
