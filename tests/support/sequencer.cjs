// Jest's default order (slowest and failed first); the files that stop the CMS
// or its database (zz-*.test.ts) always run last, in name order, whatever the cache says.
const Sequencer = require('@jest/test-sequencer').default

const stopsTheCms = (test) => /\/zz-[^/]*\.test\.ts$/.test(test.path)

class LastResilienceSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    const last = sorted.filter(stopsTheCms).sort((a, b) => a.path.localeCompare(b.path))
    return [...sorted.filter((test) => !stopsTheCms(test)), ...last]
  }
}

module.exports = LastResilienceSequencer
