import { loopbackTwin } from './origins'

describe('loopbackTwin', () => {
  test('localhost and 127.0.0.1 name each other, port and path kept', () => {
    expect(loopbackTwin('http://localhost:3001')).toBe('http://127.0.0.1:3001')
    expect(loopbackTwin('http://127.0.0.1:3000/')).toBe('http://localhost:3000/')
    expect(loopbackTwin('https://127.0.0.1/site')).toBe('https://localhost/site')
  })

  test('any other address, or none, has no twin', () => {
    expect(loopbackTwin('https://governance.example')).toBeNull()
    expect(loopbackTwin('http://127.0.0.2:3000')).toBeNull()
    expect(loopbackTwin('not an address')).toBeNull()
  })
})
