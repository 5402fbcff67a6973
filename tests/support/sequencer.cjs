// Jest's default order (slowest and failed first); the one test that stops the
// CMS (browser/zz-resilience.test.ts) always runs last, whatever the cache says.
const Sequencer = require('@jest/test-sequencer').default

const stopsTheCms = (test) => /zz-resilience\.test\.ts$/.test(test.path)

class LastResilienceSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    return [...sorted.filter((test) => !stopsTheCms(test)), ...sorted.filter(stopsTheCms)]
  }
}

module.exports = LastResilienceSequencer
