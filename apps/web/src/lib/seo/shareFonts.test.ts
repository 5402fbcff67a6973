/** @jest-environment node */
import { canDrawText, shareFonts } from './shareFonts'

describe('the share images’ fonts', () => {
  test('a Chinese title loads only the few files of Noto Sans SC that hold its characters', () => {
    const fonts = shareFonts('红线：全球人工智能治理', 700)
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.length).toBeLessThan(10)
    expect(fonts.every((font) => font.weight === 700 && font.data.length > 1000)).toBe(true)
    expect(fonts.some((font) => font.name.startsWith('noto-sans-sc-'))).toBe(true)
  })

  test('Latin and Cyrillic come from Noto Sans, each file under its own name', () => {
    const fonts = shareFonts('Lignes rouges · Красные линии', 400)
    const names = fonts.map((font) => font.name)
    expect(names).toEqual(expect.arrayContaining(['noto-sans-latin-400-normal', 'noto-sans-cyrillic-400-normal']))
    expect(new Set(names).size).toBe(names.length)
  })

  test('Arabic is not drawn (the renderer cannot join its letters); other scripts are', () => {
    expect(canDrawText('الخطوط الحمراء')).toBe(false)
    expect(canDrawText('红线 · Красные линии · Líneas rojas')).toBe(true)
  })
})
