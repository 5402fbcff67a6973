import { webUrlSeenFrom } from './index'

describe('webUrlSeenFrom: the site framed under the name the admin was opened at', () => {
  test('on loopback, the admin at localhost frames the site at localhost, and at 127.0.0.1 at 127.0.0.1', () => {
    expect(webUrlSeenFrom('http://127.0.0.1:3000', 'localhost:3001')).toBe('http://localhost:3000')
    expect(webUrlSeenFrom('http://localhost:3000', '127.0.0.1:3001')).toBe('http://127.0.0.1:3000')
    expect(webUrlSeenFrom('http://localhost:3000', 'localhost:3001')).toBe('http://localhost:3000')
  })

  test('a real address is never rewritten, nor by a Host header a request could forge', () => {
    expect(webUrlSeenFrom('https://governance.example', 'localhost:3001')).toBe('https://governance.example')
    expect(webUrlSeenFrom('http://127.0.0.1:3000', 'evil.example')).toBe('http://127.0.0.1:3000')
    expect(webUrlSeenFrom('http://127.0.0.1:3000', 'bad host^')).toBe('http://127.0.0.1:3000')
    expect(webUrlSeenFrom('http://127.0.0.1:3000', null)).toBe('http://127.0.0.1:3000')
  })
})
