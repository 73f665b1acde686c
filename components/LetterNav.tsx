import { uiText } from '@/lib/ui-text';

/** "Jump to letter" links to the A–Z sections of an index page (each section's id is letter-X). */
export function LetterNav({ letters }: { letters: readonly string[] }) {
  return (
    <nav aria-label={uiText.glossaryLetters} className="mb-8 print:hidden">
      <ul className="flex flex-wrap gap-2">
        {letters.map((letter) => (
          <li key={letter}>
            <a
              href={`#letter-${letter}`}
              className="inline-block min-w-11 border border-line px-3 py-2 text-center font-bold"
            >
              {letter}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
