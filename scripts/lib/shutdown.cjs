'use strict'
// Ctrl-C for the start scripts: stops what they started, once, then exits.

/**
 * Registers SIGINT and SIGTERM and returns `stopAll(exitCode)`. `stopParts()` stops the servers;
 * `database()` is what holds the data (stopped last, when there is one by then).
 */
function stopOnInterrupt({ stopParts, database }) {
  let stopping = false
  async function stopAll(exitCode) {
    if (stopping) return
    stopping = true
    console.log('\nStopping…')
    await stopParts()
    const db = database()
    if (db) await db.stop().catch((error) => console.error(`PostgreSQL did not stop cleanly: ${error.message}`))
    console.log('Stopped.')
    process.exit(exitCode)
  }
  process.on('SIGINT', () => stopAll(0))
  process.on('SIGTERM', () => stopAll(0))
  return { stopAll, isStopping: () => stopping }
}

module.exports = { stopOnInterrupt }
