'use strict'
// Debian's Chromium as the browser tests and the benchmarks run it: headless,
// and kept from calling home on a closed network.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

module.exports = { chromiumPath, chromiumFlags }
