import { describe, expect, it } from 'vitest';
import { FIXED_PATHS } from '@/lib/content/site-paths';
import { localeOfPath, localizePath, logicalPath } from '@/lib/i18n';
import { addressOfFile, withPageLanguage } from '@/lib/page-language';

describe('addresses in each language', () => {
  it.each([
    ['/', '/es'],
    ['/conditions/ciatica', '/es/afecciones/ciatica'],
    ['/procedures/compare', '/es/procedimientos/comparar'],
    ['/faq/puedo-manejar-de-regreso-a-casa', '/es/preguntas/puedo-manejar-de-regreso-a-casa'],
    ['/faq/topics/safety', '/es/preguntas/temas/seguridad'],
    ['/where-does-it-hurt/lower-back', '/es/donde-le-duele/parte-baja-de-la-espalda'],
    ['/glossary/p#placebo', '/es/glosario/p#placebo'],
    ['/about', '/es/acerca-de'],
  ])('%s is %s in Spanish, and back', (logical, spanish) => {
    expect(localizePath(logical, 'es')).toBe(spanish);
    expect(logicalPath(spanish, 'es')).toBe(logical);
    expect(localeOfPath(spanish)).toBe('es');
  });

  it('leaves English addresses as they are', () => {
    expect(localizePath('/conditions/sciatica', 'en')).toBe('/conditions/sciatica');
    expect(localeOfPath('/conditions/sciatica')).toBe('en');
    // An address that merely starts with "es" is English.
    expect(localeOfPath('/essays')).toBe('en');
  });

  it('gives every fixed page a Spanish address that leads back to it', () => {
    const spanish = FIXED_PATHS.map((path) => localizePath(path, 'es'));
    expect(new Set(spanish).size).toBe(FIXED_PATHS.length);
    for (const [index, path] of spanish.entries()) {
      expect(path === '/es' || path.startsWith('/es/'), path).toBe(true);
      expect(logicalPath(path, 'es')).toBe(FIXED_PATHS[index]);
    }
  });

  it('does not read an English address on a Spanish page as Spanish', () => {
    expect(logicalPath('/conditions/sciatica', 'es')).toBeUndefined();
    expect(logicalPath('/es/afecciones/ciatica', 'en')).toBeUndefined();
  });
});

describe('the language of an exported page', () => {
  const page = '<!DOCTYPE html><html lang="en-US" class="x"><head></head></html>';

  it('is set from its address, so a Spanish page says es-US before search indexes it', () => {
    expect(addressOfFile('es/afecciones/ciatica.html')).toBe('/es/afecciones/ciatica');
    expect(addressOfFile('es.html')).toBe('/es');
    expect(addressOfFile('index.html')).toBe('/');
    expect(withPageLanguage(page, 'es/afecciones/ciatica.html')).toContain('<html lang="es-US"');
    expect(withPageLanguage(page, 'es.html')).toContain('<html lang="es-US"');
    expect(withPageLanguage(page, 'conditions/sciatica.html')).toBe(page);
    expect(withPageLanguage(page, 'essays.html')).toBe(page);
  });
});
