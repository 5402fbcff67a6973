import { render } from '@testing-library/react'

import { JsonLd } from './JsonLd'

describe('JsonLd', () => {
  it('renders one ld+json script whose text cannot break out of it', () => {
    const { container } = render(<JsonLd data={{ '@type': 'Article', name: 'A </script><img src=x onerror=alert(1)>' }} />)
    const scripts = container.querySelectorAll('script')
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toHaveAttribute('type', 'application/ld+json')
    expect(container.querySelector('img')).toBeNull()
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual({ '@type': 'Article', name: 'A </script><img src=x onerror=alert(1)>' })
  })
})
