import { foldForm, type Term } from '@/lib/guide';

export interface LetterGroup {
  /** "A"–"Z", or "#" for names that start with a digit or symbol. */
  letter: string;
  terms: Term[];
}

/** The glossary's A–Z order: terms sorted by folded name (so "Pétrissage" files under P), grouped by first letter. */
export function groupTermsByLetter(terms: readonly Term[]): LetterGroup[] {
  const sorted = [...terms].sort((a, b) => foldForm(a.name).localeCompare(foldForm(b.name), 'en'));
  const groups: LetterGroup[] = [];
  for (const term of sorted) {
    const first = foldForm(term.name).charAt(0).toUpperCase();
    const letter = /^[A-Z]$/.test(first) ? first : '#';
    const last = groups.at(-1);
    if (last?.letter === letter) last.terms.push(term);
    else groups.push({ letter, terms: [term] });
  }
  return groups;
}

/** The element id of a letter's heading; "#" (digits and symbols) gets a readable id of its own. */
export function letterAnchor(letter: string): string {
  return `letter-${letter === '#' ? 'other' : letter}`;
}
